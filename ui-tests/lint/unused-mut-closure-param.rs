//@ check-pass
#![warn(unused_mut)]

fn main() {
    let double = |mut x: i32| x * 2; //~ WARN variable does not need to be mutable
    let mut buffer = Vec::new();
    buffer.push(double(2));
    println!("{:?}", buffer);
}
