//@ parse-errors: 5 (the rest are later phases')
fn f() {
    let a = 0b;
    let b = 0o9;
    let c = 0x1g;
    let d = 1e+;
    let e = 0b1.0;
    let f = 1.0.0;
    let g = 0o;
}
