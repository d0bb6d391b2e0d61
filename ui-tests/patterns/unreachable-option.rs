//@ check-pass
#![warn(unreachable_patterns)]

fn label(v: Option<i32>) -> &'static str {
    match v {
        Some(_) => "some",
        None => "none",
        Some(0) => "zero", //~ WARN unreachable pattern
    }
}

fn main() {
    let _ = label(None);
}
