fn main() {
    let a = 1;
    let b = 2;
    let c: i32 = "x";
}
