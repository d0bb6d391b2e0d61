// Dereferencing values that are not pointers.
fn total(values: &[u32]) -> u32 {
    let mut sum = 0;
    for v in values {
        sum += *v;
    }
    let total = *sum; //~ ERROR type `u32` cannot be dereferenced
    total
}

fn main() {
    let x = 5;
    let y = *x; //~ ERROR type `{integer}` cannot be dereferenced
    let flag = true;
    if *flag {} //~ ERROR type `bool` cannot be dereferenced
    let s = String::from("a");
    let c = **s.as_str(); //~ ERROR type `str` cannot be dereferenced
    let n: u8 = 1;
    let m = *n + 1; //~ ERROR type `u8` cannot be dereferenced
    println!("{} {} {}", y, c, m);
}
