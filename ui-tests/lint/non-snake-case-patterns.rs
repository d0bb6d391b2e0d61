//@ check-pass

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let Point { x: PosX, y } = Point { x: 1, y: 2 }; //~ WARN variable `PosX` should have a snake case name
    let (FirstItem, second) = (1, 2); //~ WARN variable `FirstItem` should have a snake case name
    println!("{} {} {} {}", PosX, y, FirstItem, second);
}
