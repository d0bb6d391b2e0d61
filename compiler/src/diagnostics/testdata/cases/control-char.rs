fn main() {
    let s = "ab"; let n: i32 = s;
}
