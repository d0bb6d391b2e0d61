// `=` where a `bool` is expected (an `if` or `while` condition, a `bool` binding): E0308, and
// "you might have meant to compare for equality" when the two sides could be compared.

fn main() {
    let count = 3;
    let name = String::from("ada");
    let limit = &5;
    if count = 5 {} //~ ERROR E0308
    while name = "bob" {} //~ ERROR E0308
    if limit = 5 {} //~ ERROR E0308
    let mut x = 1;
    if x = 2 {} //~ ERROR E0308
    let _ok: bool = x = 3; //~ ERROR E0308
    if count = "three" {} //~ ERROR E0308
}
