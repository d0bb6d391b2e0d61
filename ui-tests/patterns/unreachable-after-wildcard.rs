//@ check-pass
#![warn(unreachable_patterns)]

enum Op {
    Add,
    Sub,
    Mul,
}

fn apply(op: Op, a: i32, b: i32) -> i32 {
    match op {
        Op::Add => a + b,
        _ => a * b,
        Op::Sub => a - b, //~ WARN unreachable pattern
    }
}

fn main() {
    let _ = apply(Op::Mul, 1, 2);
    let _ = Op::Sub;
}
