// E0368 (an assignment operator on a type with no impl of its trait at all) spans the whole
// assignment and labels the left operand.

struct Point {
    x: i32,
}

fn main() {
    let mut done = true;
    done += 'c'; //~ ERROR binary assignment operation `+=` cannot be applied to type `bool`
    let mut p = Point { x: 1 };
    p -= Point { x: 2 }; //~ ERROR binary assignment operation `-=` cannot be applied to type `Point`
    let mut ratio = 1.5f32;
    ratio &= 1.0; //~ ERROR binary assignment operation `&=` cannot be applied to type `f32`
    let _ = (done, p.x, ratio);
}
