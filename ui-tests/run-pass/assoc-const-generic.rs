//@ run-pass
//@ check-run-results
// Associated consts read through a type parameter (the impl's value, or the trait's default),
// through `Self` in a default method, and on a generic inherent impl; a user Display that reads
// the formatter's width, precision and fill.
use std::fmt;

trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn describe() -> String {
        format!("{} with {} sides", Self::NAME, Self::SIDES)
    }
}

struct Triangle;
struct Square;

impl Shape for Triangle {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
}

impl Shape for Square {
    const SIDES: u32 = 4;
}

fn total_sides<A: Shape, B: Shape>() -> u32 {
    A::SIDES + B::SIDES
}

struct Grid<T> {
    cells: Vec<T>,
}

impl<T> Grid<T> {
    const WIDTH: usize = 3;
    fn rows(&self) -> usize {
        (self.cells.len() + Self::WIDTH - 1) / Self::WIDTH
    }
}

struct Money(f64);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let digits = f.precision().unwrap_or(2);
        let text = format!("${:.*}", digits, self.0);
        match f.width() {
            Some(w) => write!(f, "{}{}", f.fill().to_string().repeat(w.saturating_sub(text.len())), text),
            None => write!(f, "{}", text),
        }
    }
}

fn main() {
    println!("{}", Triangle::describe());
    println!("{}", Square::describe());
    println!("sides: {}", total_sides::<Triangle, Square>());
    let g = Grid { cells: vec![1, 2, 3, 4, 5, 6, 7] };
    println!("rows: {} (width {})", g.rows(), Grid::<u8>::WIDTH);
    let m = Money(12.5);
    println!("[{}] [{:.0}] [{:10}] [{:*>10.3}]", m, m, m, m);
}
