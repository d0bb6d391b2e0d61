fn consume(_s: String) {}
fn main() {
    let s = String::from("hi");
    consume(s);
    println!("{}", s);
}
