//@ run-pass
//@ check-run-results
// Operator overloading through user impls of Add, Sub, Mul<i32>, Neg and AddAssign.

use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: i32,
    y: i32,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for V2 {
    type Output = V2;
    fn sub(self, o: V2) -> V2 {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}

impl Mul<i32> for V2 {
    type Output = V2;
    fn mul(self, k: i32) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}

impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}

impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}

fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = V2 { x: 3, y: -4 };
    let mut c = a + b * 2 - V2 { x: 0, y: 1 };
    println!("{:?} {:?}", c, -c);
    c += a;
    println!("{:?}", c);
    println!("{} {}", V2 { x: 3, y: 4 } == V2 { x: 3, y: 4 }, a != b);
}
