//@ check-pass

struct point_3d { //~ WARN type `point_3d` should have an upper camel case name
    x: f32,
    y: f32,
    z: f32,
}

struct Tuple_Pair(u8, u8); //~ WARN type `Tuple_Pair` should have an upper camel case name

fn main() {
    let p = point_3d { x: 1.0, y: 2.0, z: 3.0 };
    let t = Tuple_Pair(1, 2);
    println!("{} {} {} {} {}", p.x, p.y, p.z, t.0, t.1);
}
