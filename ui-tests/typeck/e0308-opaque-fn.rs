// A returned `impl Fn(..)` is an opaque type: callers can call it and pass it on, and a mismatch
// names it and labels where it was defined.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn noop() -> impl Fn() {
    || {}
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let sum: i32 = make_adder(1)(2) + apply(make_adder(3), 4);
    let unit: () = make_adder(1); //~ ERROR mismatched types
    let byte: u8 = noop(); //~ ERROR mismatched types
    let text: String = make_adder(1)(2); //~ ERROR mismatched types
    let _ = (sum, unit, byte, text);
}
