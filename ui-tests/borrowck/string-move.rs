fn main() {
    let s = String::from("weft");
    let t = s;
    println!("{} {}", s, t); //~ ERROR borrow of moved value: `s`
}
