//@ parse-errors: 1 (the rest are later phases')
struct S { x: u8 }
fn f() {
    for _ in S { x: 1 } {}
}
