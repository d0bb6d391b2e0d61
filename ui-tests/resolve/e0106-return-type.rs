// A returned reference when the parameters hold several lifetimes: the signature does not say
// which one it is borrowed from.
fn longest(a: &str, b: &str) -> &str { //~ ERROR missing lifetime specifier
    if a.len() > b.len() { a } else { b }
}

fn first_of<T>(xs: &[T], ys: &[T]) -> Option<&T> { //~ ERROR missing lifetime specifier
    xs.first().or(ys.first())
}

fn label(name: &str, buf: &mut String, width: usize) -> &str { //~ ERROR missing lifetime specifier
    buf.push_str(name);
    let _ = width;
    name
}

fn pick(a: &u32, b: &u32, c: &u32) -> &u32 { //~ ERROR missing lifetime specifier
    if a > b { a } else if b > c { b } else { c }
}

fn main() {}
