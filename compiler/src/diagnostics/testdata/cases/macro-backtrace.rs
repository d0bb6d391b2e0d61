//@ flags: -Zmacro-backtrace
macro_rules! inner {
    ($e:expr) => { $e + "x" };
}
macro_rules! outer {
    ($e:expr) => { inner!($e) };
}
fn main() {
    let _ = outer!(1);
}
