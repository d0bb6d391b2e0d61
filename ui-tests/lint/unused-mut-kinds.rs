//@ check-pass
#![warn(unused_mut)]

fn total(mut values: Vec<u32>) -> u32 { //~ WARN variable does not need to be mutable
    values.iter().sum()
}

fn main() {
    let mut name = String::from("weft"); //~ WARN variable does not need to be mutable
    let mut count = 0;
    count += 1;
    let (mut a, b) = (1, 2); //~ WARN variable does not need to be mutable
    println!("{} {} {} {} {}", name, count, a, b, total(vec![1]));
}
