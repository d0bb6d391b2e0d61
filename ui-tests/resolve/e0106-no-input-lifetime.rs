// A returned reference with no lifetime among the parameters: there is nothing to borrow from.
// rustc offers `'static`, borrowing the arguments, or returning an owned value.
fn greeting() -> &str { //~ ERROR missing lifetime specifier
    "hello"
}

fn empty() -> &[u8] { //~ ERROR missing lifetime specifier
    &[]
}

fn lookup(id: u32) -> Option<&str> { //~ ERROR missing lifetime specifier
    if id == 0 { None } else { Some("found") }
}

fn scale(x: f64, factor: f64) -> &f64 { //~ ERROR missing lifetime specifier
    let _ = (x, factor);
    &1.0
}

fn main() {
    println!("{} {:?}", greeting(), lookup(1));
}
