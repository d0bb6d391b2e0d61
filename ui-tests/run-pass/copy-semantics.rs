//@ run-pass
//@ check-run-results
// Copy aggregates returned from places, taken from match arms and then mutated stay independent.

#[derive(Debug, Clone, Copy)]
struct P {
    x: i32,
}

struct S {
    pos: (i32, i32),
    p: P,
}

impl S {
    fn pos(&self) -> (i32, i32) {
        self.pos
    }
    fn p(&self) -> P {
        self.p
    }
}

fn main() {
    let s = S { pos: (1, 2), p: P { x: 3 } };
    let mut a = s.pos();
    a.0 = 10;
    let mut b = s.p();
    b.x = 30;
    let mut c = match a.0 { 10 => s.p, _ => b };
    c.x = 99;
    println!("{:?} {:?} {:?} {:?} {:?}", s.pos, a, s.p, b, c);
}
