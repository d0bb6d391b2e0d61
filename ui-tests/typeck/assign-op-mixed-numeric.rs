// Compound assignment with an operand of another type: the `*Assign` traits have two impls per
// type, `T op= T` from `add_assign_impl!` and friends, `T op= &T` from `forward_ref_op_assign!`.

struct Gauge {
    level: i64,
    rate: f64,
}

fn main() {
    let mut g = Gauge { level: 0, rate: 1.0 };
    g.level += g.rate; //~ ERROR cannot add-assign `f64` to `i64`
    g.rate *= g.level; //~ ERROR cannot multiply-assign `f64` by `i64`

    let mut x: i32 = 1;
    x += 1.0; //~ ERROR cannot add-assign `{float}` to `i32`
    let mut y: u16 = 10;
    y -= 0.5; //~ ERROR cannot subtract-assign `{float}` from `u16`
    let mut z: f32 = 1.0;
    let mut halve = || z /= 2u8; //~ ERROR cannot divide-assign `f32` by `u8`
    halve();
    let _ = (x, y);
}
