// A value where a reference is expected, when borrowing it would coerce: "consider borrowing
// here" (String to &str through deref, Vec<T> to &[T]); none when the borrow would not fit.
struct Entry {
    name: String,
    bytes: Vec<u8>,
}

fn width(s: &str) -> usize {
    s.len()
}

fn total(b: &[u8]) -> usize {
    b.len()
}

fn label() -> String {
    String::from("x")
}

fn main() {
    let mut out = String::new();
    width(label()); //~ ERROR mismatched types
    out.push_str(label()); //~ ERROR mismatched types
    let e = Entry { name: String::new(), bytes: Vec::new() };
    width(e.name); //~ ERROR mismatched types
    total(e.bytes); //~ ERROR mismatched types
    let r: &String = label(); //~ ERROR mismatched types
    width(5); //~ ERROR mismatched types
}
