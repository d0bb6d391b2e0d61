//@ parse-errors: 2 (the rest are later phases')
struct S { x: u32 }
fn main() {
    if S { x: 1 } == S { x: 2 } {}
}
