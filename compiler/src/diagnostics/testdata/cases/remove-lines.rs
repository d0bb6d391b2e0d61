fn main() {
    let x = 5;;
    let _ = x;
    loop {
        break;
    };;
}
