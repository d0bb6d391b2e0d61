//@ check-pass

static greeting: &str = "hi"; //~ WARN static variable `greeting` should have an upper case name
const pi_approx: f64 = 3.14; //~ WARN constant `pi_approx` should have an upper case name

fn main() {
    println!("{} {}", greeting, pi_approx);
}
