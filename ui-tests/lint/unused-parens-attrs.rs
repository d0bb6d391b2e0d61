// `#![deny(unused_parens)]` turns the lint into errors; `#[allow]` on one function silences it
// there; parentheses in types and patterns are linted too.
#![deny(unused_parens)]

fn pick(flag: bool) -> (u8) { //~ ERROR unnecessary parentheses around type
    if flag { 1 } else { 2 }
}

#[allow(unused_parens)]
fn quiet() -> u8 {
    let v = (5);
    v
}

fn main() {
    let (x) = pick(true); //~ ERROR unnecessary parentheses around pattern
    let total = (x + quiet()); //~ ERROR unnecessary parentheses around assigned value
    println!("{}", total);
}
