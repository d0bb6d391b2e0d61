//@ only-windows
//@ check-pass

fn main() {
    let broken: i32 = ();
}
