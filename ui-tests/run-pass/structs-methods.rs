//@ run-pass
//@ check-run-results

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    fn new(x: f64, y: f64) -> Self {
        Vec2 { x, y }
    }
    fn len(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
    fn scale(&mut self, k: f64) {
        self.x *= k;
        self.y *= k;
    }
    fn add(self, o: Vec2) -> Vec2 {
        Vec2::new(self.x + o.x, self.y + o.y)
    }
}

struct Counter {
    hits: u32,
}

impl Counter {
    fn hit(&mut self) -> u32 {
        self.hits += 1;
        self.hits
    }
}

fn main() {
    let mut a = Vec2::new(3.0, 4.0);
    let b = a;
    a.scale(2.0);
    println!("{:?} {:?} {} {}", a, b, a.len(), b.len());
    println!("{:?} {}", a.add(b), a == b);
    let mut c = Counter { hits: 0 };
    c.hit();
    c.hit();
    println!("hits {}", c.hit());
    let t = (1, 'x', "s", 2.5);
    println!("{:?} {:#?}", t, (1, "a"));
}
