//@ parse-errors: 4 (the rest are later phases')
struct 🦀;
const 🦀🦀: u8 = 1;
fn f() {
    let a🙂b = 1;
    let c = a🙂b;
    let 🦀 = 2;
    let x = 1 ➖ 2;
}
