fn main() {
    let nothing = None; //~ ERROR type annotations needed for `Option<_>`
    println!("{}", nothing.is_none());
}
