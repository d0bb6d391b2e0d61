// Assignments to names that were never declared: "you might have meant to introduce a new binding".
fn compute(values: &[i32]) -> i32 {
    total = 0; //~ ERROR cannot find value `total` in this scope
    for v in values {
        total += v; //~ ERROR cannot find value `total` in this scope
    }
    letcount = values.len(); //~ ERROR cannot find value `letcount` in this scope
    total //~ ERROR cannot find value `total` in this scope
}

fn main() {
    result = compute(&[1, 2, 3]); //~ ERROR cannot find value `result` in this scope
    let y = 2;
    y = z; //~ ERROR cannot find value `z` in this scope
    println!("{}", result); //~ ERROR cannot find value `result` in this scope
}
