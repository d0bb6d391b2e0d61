fn main() {
    let x;
    let a = 1;
    let b = 2;
    let c = 3;
    let d = a + b + c;
    x = d;
    x = 2;
    let _ = x;
}
