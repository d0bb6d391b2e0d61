// A reference in a field needs a named lifetime: one error per elided `&`, each suggesting a
// new lifetime parameter (before the type parameters when there are some).
struct Token {
    text: &str, //~ ERROR missing lifetime specifier
    line: u32,
}

struct Window<T> {
    items: &[T], //~ ERROR missing lifetime specifier
    picks: Vec<&T>, //~ ERROR missing lifetime specifier
}

enum Value {
    Text(&str), //~ ERROR missing lifetime specifier
    Pair { key: &str, value: i64 }, //~ ERROR missing lifetime specifier
    Number(i64),
}

fn main() {}
