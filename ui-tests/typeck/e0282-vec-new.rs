fn main() {
    let items = Vec::new(); //~ ERROR type annotations needed for `Vec<_>`
    println!("{}", items.len());
}
