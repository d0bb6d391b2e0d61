//@ run-pass
//@ check-run-results

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Square(f64);
struct Circle {
    r: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("square {}", self.0)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn report<S: Shape>(s: &S) {
    println!("{} has area {:.1}", s.name(), s.area());
}

#[derive(Debug)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Copy> Pair<T> {
    fn larger(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
}

fn first<T: Clone>(xs: &[T]) -> T {
    xs[0].clone()
}

fn main() {
    report(&Square(2.0));
    report(&Circle { r: 1.5 });
    let p = Pair { a: 3u8, b: 9u8 };
    let q = Pair { a: -1.5, b: -2.5 };
    println!("{:?} {} {:?} {}", p, p.larger(), q, q.larger());
    println!("{} {}", first(&[7, 8]), first(&["x", "y"]));
}
