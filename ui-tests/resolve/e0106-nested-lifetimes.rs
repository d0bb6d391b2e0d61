// The lifetimes of one parameter count too, and a parameter that is not a plain name is
// "argument N".
fn first_word(lines: &Vec<&str>) -> &str { //~ ERROR missing lifetime specifier
    lines[0]
}

fn either((a, b): (&str, &str)) -> &str { //~ ERROR missing lifetime specifier
    if a.is_empty() { b } else { a }
}

fn main() {}
