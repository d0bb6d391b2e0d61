//@ check-pass

fn ComputeTotal(values: &[i32]) -> i32 { //~ WARN function `ComputeTotal` should have a snake case name
    values.iter().sum()
}

fn main() {
    let Result = ComputeTotal(&[1, 2]); //~ WARN variable `Result` should have a snake case name
    println!("{}", Result);
}
