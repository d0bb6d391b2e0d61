// Arguments whose parameters share one generic parameter (`a: T, b: T`): the argument that fixed
// `T` is "expected all arguments to be this ... type" (or "some other arguments" when only some
// share it), and the fn's note labels the parameters and the generic parameter they reference.
// Only parameters typed exactly `T` take part; `&T` and other generics do not.
fn max_of<T: PartialOrd>(a: T, b: T) -> T {
    if a < b { b } else { a }
}

fn three<T>(x: T, y: T, z: T) -> usize {
    let _ = (x, y, z);
    3
}

fn mixed<T, U>(n: u8, a: T, b: T, u: U) {
    let _ = (n, a, b, u);
}

fn unnamed<T>(_: T, _: T) {}

fn refs<T>(a: &T, b: T) {
    let _ = (a, b);
}

struct Meter;

impl Meter {
    fn same<T>(&self, a: T, b: T) {
        let _ = (a, b);
    }
    fn assoc<T>(a: T, b: T) {
        let _ = (a, b);
    }
}

fn main() {
    let m = max_of(1, 2.0); //~ ERROR mismatched types
    let n: i64 = max_of(1i64, 2i32); //~ ERROR mismatched types
    three(1u8, 2u8, "x"); //~ ERROR mismatched types
    three(1u8, "x", 'c'); //~ ERROR arguments to this function are incorrect
    mixed(1, 2i32, 3i64, 'u'); //~ ERROR mismatched types
    unnamed(true, 3); //~ ERROR mismatched types
    refs(&1u8, 2u16); //~ ERROR mismatched types
    Meter.same(1u8, 2u16); //~ ERROR mismatched types
    Meter::assoc("a", 'b'); //~ ERROR mismatched types
    let _ = (m, n);
}
