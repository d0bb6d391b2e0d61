fn main() {
    let v = collections::HashMap::new(); //~ ERROR cannot find module or crate `collections` in this scope
}
