// Generic calls and closures that leave a type unknown, one per body (rustc reports the first
// unknown of each body): a generic return type only used through a method, a closure parameter
// nothing gives a type, a closure whose tuple parameter is never used, and a vector only cleared.
fn make<T>() -> Option<T> {
    None
}

fn first() {
    let value = make(); //~ ERROR type annotations needed
    println!("{}", value.is_none());
}

fn second() {
    let pick = |(a, b)| 1; //~ ERROR type annotations needed
}

fn third() {
    let id = |x| x; //~ ERROR type annotations needed
}

fn fourth() -> usize {
    let mut stack = Vec::new(); //~ ERROR type annotations needed
    stack.clear();
    stack.len()
}

fn main() {
    first();
    second();
    third();
    println!("{}", fourth());
}
