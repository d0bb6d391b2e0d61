//@ check-pass
// Parentheses rustc calls unnecessary: around a `let` initializer, an `if` and `while` condition,
// a `match` scrutinee, a function argument and a returned value; needed ones are left alone.
// (The harness passes `-A unused_parens`, as compiletest does; the attribute turns it back on.)
#![warn(unused_parens)]
fn scale(x: i32) -> i32 {
    return (x * 2); //~ WARN unnecessary parentheses around `return` value
}

fn main() {
    let a = (1 + 2); //~ WARN unnecessary parentheses around assigned value
    let mut n = 0;
    if (a > 2) { //~ WARN unnecessary parentheses around `if` condition
        n += 1;
    }
    while (n < 3) { //~ WARN unnecessary parentheses around `while` condition
        n += 1;
    }
    match (n) { //~ WARN unnecessary parentheses around `match` scrutinee expression
        3 => println!("three"),
        _ => println!("other"),
    }
    let b = (a + 1) * 2;
    println!("{}", scale((b))); //~ WARN unnecessary parentheses around function argument
}
