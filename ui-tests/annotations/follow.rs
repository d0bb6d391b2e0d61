// A follow annotation attaches to the line of the last annotation that was not a follow.
fn main() {
    let (a, b): (i32, i32) = (missing_one, missing_two);
    //~^ ERROR cannot find value `missing_one` in this scope
    //~| ERROR cannot find value `missing_two` in this scope
}
