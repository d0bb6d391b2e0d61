//@ parse-errors: 1 (the rest are later phases')
struct S { x: u8 }
fn f() -> S {
    S { x 1 }
}
