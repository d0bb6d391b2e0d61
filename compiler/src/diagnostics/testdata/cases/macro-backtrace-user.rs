//@ flags: -Zmacro-backtrace
macro_rules! make {
    ($x:expr) => { let _y: i32 = $x; };
}
macro_rules! bad {
    () => { let _z: i32 = "no"; };
}
fn main() {
    make!("s");
    bad!();
}
