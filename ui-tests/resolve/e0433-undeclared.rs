//@ edition: 2021
// Paths whose first segment does not exist.
struct Config {
    level: u8,
}

fn main() {
    let c = Confg::default(); //~ ERROR cannot find type `Confg` in this scope
    let m = collections::HashMap::<u8, u8>::new(); //~ ERROR cannot find module or crate `collections` in this scope
    let v = utils::helper(1); //~ ERROR cannot find module or crate `utils` in this scope
    let w = Vec::<u8>::new();
    println!("{}", c.level);
}
