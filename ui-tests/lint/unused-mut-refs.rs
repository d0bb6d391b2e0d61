//@ check-pass
#![warn(unused_mut)]

fn push_one(v: &mut Vec<i32>) {
    v.push(1);
}

fn main() {
    let mut data = Vec::new();
    push_one(&mut data);
    let mut view = &data; //~ WARN variable does not need to be mutable
    let mut copy = data.clone(); //~ WARN variable does not need to be mutable
    println!("{:?} {:?}", view, copy.len());
}
