//@ parse-errors: 1 (the rest are later phases')
fn main() {
    let j = 1_u7;
    let k = 2 +;
}
fn f() { let x: u32 = "a"; }
