fn main() {
    let a = 1;
    let b: i32 = "crlf";
}
