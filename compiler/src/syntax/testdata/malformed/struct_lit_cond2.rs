//@ parse-errors: 1 (the rest are later phases')
struct S { x: u32 }
fn f(s: S) {
    if s == S { x: 1 } {}
}
