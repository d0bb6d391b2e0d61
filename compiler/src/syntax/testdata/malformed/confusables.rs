//@ parse-errors: 6 (the rest are later phases')
fn main() {
    let x = “hello”;
    let y = 1 ─ 2;
    let z = ¥;
    let w = 3​;
}
