// Names defined twice in the same namespace of a module.
struct Point;
struct Point; //~ ERROR the name `Point` is defined multiple times

fn compute() {}
fn compute() {} //~ ERROR the name `compute` is defined multiple times

enum Kind {
    A,
}
type Kind = u8; //~ ERROR the name `Kind` is defined multiple times

mod tools {
    pub fn run() {}
    pub const run: u8 = 1; //~ ERROR the name `run` is defined multiple times
}

fn main() {}
