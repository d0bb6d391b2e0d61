trait Printable: Printable {} //~ ERROR cycle detected when computing the super predicates of `Printable`

fn main() {}
