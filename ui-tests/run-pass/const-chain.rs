//@ run-pass
//@ check-run-results
// Consts that name other consts, of scalar and aggregate types: each use sees the same value,
// and a copy of an aggregate const can be changed without changing the const.

const A: u64 = 7;
const B: u64 = A.wrapping_mul(1_000_003) % 97;
const C: usize = (B as usize * 7 + 6) % 6 + 1;
const D: i64 = -(C as i64) * 3;
const FLAG: bool = C > 2;
const LETTER: char = if FLAG { 'y' } else { 'n' };
const NAME: &str = "chain";
const HALF: f64 = C as f64 / 2.0;
const UNIT: () = ();
const GRID: [u8; C] = [1; C];

#[derive(Clone, Copy, Debug)]
struct Point {
    x: i32,
    y: i32,
}

const ORIGIN: Point = Point { x: 0, y: 0 };

fn total() -> u64 {
    let mut t = 0;
    for i in 0..5u64 {
        t += B * i + C as u64;
    }
    t
}

fn main() {
    println!("{} {} {} {} {} {} {} {}", A, B, C, D, FLAG, LETTER, NAME, HALF);
    println!("{:?} {:?} {}", UNIT, GRID, total());
    let mut p = ORIGIN;
    p.x += 5;
    p.y -= 1;
    let mut g = GRID;
    g[0] = 9;
    println!("{:?} {:?} {:?} {:?}", p, ORIGIN, g, GRID);
}
