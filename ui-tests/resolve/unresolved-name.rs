fn main() {
    let total = 10;
    println!("{}", totl); //~ ERROR cannot find value `totl` in this scope
}
