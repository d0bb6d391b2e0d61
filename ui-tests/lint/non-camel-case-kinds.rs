//@ check-pass

struct my_point { //~ WARN type `my_point` should have an upper camel case name
    x: i32,
}

enum traffic_light { //~ WARN type `traffic_light` should have an upper camel case name
    red_light, //~ WARN variant `red_light` should have an upper camel case name
    Green,
}

trait shape_like {} //~ WARN trait `shape_like` should have an upper camel case name

type byte_pair = (u8, u8); //~ WARN type `byte_pair` should have an upper camel case name

fn main() {
    let p = my_point { x: 1 };
    let l = traffic_light::red_light;
    let g = traffic_light::Green;
    let b: byte_pair = (1, 2);
    let _ = (p.x, l, g, b);
}
