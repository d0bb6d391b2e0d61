// A method called on an `Option` or a `Result` that only its payload has: rustc names the
// payload's method and suggests `?` (when the fn returns the same kind) or `.expect("REASON")`.
// When both `Ok` and `Err` payloads have the method, it says nothing more.

fn lookup(key: &str) -> Option<String> {
    if key.is_empty() { None } else { Some(key.to_uppercase()) }
}

fn load() -> Result<Vec<i32>, String> {
    Ok(vec![1, 2])
}

fn trimmed_len(key: &str) -> Option<usize> {
    let value = lookup(key);
    let t = value.trim(); //~ ERROR E0599
    Some(t.len())
}

fn main() {
    let mut name = lookup("a");
    name.push_str("!"); //~ ERROR E0599
    let _n = name.len(); //~ ERROR E0624
    let mut numbers = load();
    numbers.push(3); //~ ERROR E0599
    let _ = trimmed_len("b");
}
