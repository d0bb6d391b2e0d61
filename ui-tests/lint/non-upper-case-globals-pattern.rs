//@ check-pass

const zero: i32 = 0; //~ WARN constant `zero` should have an upper case name

fn main() {
    let n = 3;
    match n {
        zero => println!("zero"), //~ WARN constant in pattern `zero` should have an upper case name
        _ => println!("other"),
    }
}
