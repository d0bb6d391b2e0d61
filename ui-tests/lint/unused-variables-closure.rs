//@ check-pass
#![warn(unused_variables)]

fn main() {
    let items = vec![1, 2, 3];
    let total: i32 = items.iter().map(|item| 1).sum(); //~ WARN unused variable: `item`
    let (width, height) = (3, 4); //~ WARN unused variable: `height`
    println!("{} {}", total, width);
}
