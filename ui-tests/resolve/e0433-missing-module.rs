fn main() {
    let v = utils::parse("3"); //~ ERROR cannot find module or crate `utils` in this scope
    println!("{:?}", v);
}
