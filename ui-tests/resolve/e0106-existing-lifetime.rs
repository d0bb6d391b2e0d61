// A field of an item that already declares a lifetime: rustc suggests using it. References with
// lifetimes, in fn pointers and in trait objects are fine.
struct View<'s> {
    head: &'s str,
    tail: &str, //~ ERROR missing lifetime specifier
    pick: fn(&str) -> &str,
    sink: Box<dyn Fn(&str) -> usize>,
}

struct Ok<'a> {
    name: &'a str,
    all: Vec<&'a str>,
}

fn main() {}
