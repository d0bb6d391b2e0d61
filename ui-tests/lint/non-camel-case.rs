//@ check-pass

struct point_2d { //~ WARN type `point_2d` should have an upper camel case name
    x: i32,
}

enum shape_kind { //~ WARN type `shape_kind` should have an upper camel case name
    Circle,
}

fn main() {
    let p = point_2d { x: 1 };
    let k = shape_kind::Circle;
}
