//@ check-pass

fn scale(Factor: f64, baseValue: f64) -> f64 { //~ WARN variable `Factor` should have a snake case name
    //~^ WARN variable `baseValue` should have a snake case name
    Factor * baseValue
}

fn main() {
    println!("{}", scale(2.0, 3.0));
}
