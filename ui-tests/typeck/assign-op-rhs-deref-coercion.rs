//@ check-pass
// `+=` on a `String` takes a `&str`: a `&String` (or `&Box<str>`-like deref chain) on the right
// is deref-coerced to it, as for the binary `+`.
fn main() {
    let mut out = String::new();
    let line = format!("{:>4}", 7);
    out += &line;
    out += &format!("|{}|", "x");
    let parts = vec![String::from("a"), String::from("b")];
    for p in &parts {
        out += p;
    }
    let boxed: Box<String> = Box::new(String::from("!"));
    out += &boxed;
    let mut n = 1u8;
    n += 2;
    println!("{} {}", out, n);
}
