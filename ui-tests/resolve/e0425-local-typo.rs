// A local variable misspelled: rustc suggests the local with the closest name.
fn average(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    totl / values.len() as i32 //~ ERROR cannot find value `totl` in this scope
}

fn main() {
    let numbers = vec![3, 4, 5];
    let count = numbrs.len(); //~ ERROR cannot find value `numbrs` in this scope
    println!("{} {}", average(&numbers), count);
}
