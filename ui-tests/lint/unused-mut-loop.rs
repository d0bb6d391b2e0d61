//@ check-pass
#![warn(unused_mut)]

fn main() {
    let mut items = vec![3, 1, 2];
    items.sort();
    for mut item in items.clone() { //~ WARN variable does not need to be mutable
        println!("{}", item);
    }
    let mut sum = 0;
    for i in &items {
        sum += i;
    }
    let mut label = "total"; //~ WARN variable does not need to be mutable
    println!("{} {}", label, sum);
}
