fn main() {
    let pair = (1, "one");
    println!("{}", pair.2); //~ ERROR no field `2` on type `({integer}, &str)`
}
