//@ run-pass
//@ check-run-results
// An inventory of shapes behind trait objects: Vec<Box<dyn Shape>>, a trait with default methods
// and a supertrait (Describe), &dyn parameters, sorting by a float key with partial_cmp, grouping
// by kind in a BTreeMap, and filters and folds over the boxed values.
use std::collections::BTreeMap;
use std::f64::consts::PI;

trait Describe {
    fn kind(&self) -> &'static str;
    fn label(&self) -> String {
        format!("a {}", self.kind())
    }
}

trait Shape: Describe {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn scale(&mut self, k: f64);
    fn compactness(&self) -> f64 {
        // 1.0 for a circle, smaller for everything else.
        4.0 * PI * self.area() / (self.perimeter() * self.perimeter())
    }
}

struct Circle {
    r: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

struct Triangle {
    a: f64,
    b: f64,
    c: f64,
}

struct Polygon {
    sides: u32,
    side: f64,
}

impl Describe for Circle {
    fn kind(&self) -> &'static str {
        "circle"
    }
    fn label(&self) -> String {
        format!("circle r={:.1}", self.r)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * PI * self.r
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Describe for Rect {
    fn kind(&self) -> &'static str {
        if self.w == self.h { "square" } else { "rectangle" }
    }
    fn label(&self) -> String {
        format!("{} {}x{}", self.kind(), self.w, self.h)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
}

impl Triangle {
    fn new(a: f64, b: f64, c: f64) -> Result<Triangle, String> {
        let mut s = [a, b, c];
        s.sort_by(|x, y| x.partial_cmp(y).unwrap());
        if s[0] <= 0.0 || s[0] + s[1] <= s[2] {
            return Err(format!("no triangle with sides {} {} {}", a, b, c));
        }
        Ok(Triangle { a, b, c })
    }
}

impl Describe for Triangle {
    fn kind(&self) -> &'static str {
        "triangle"
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 {
        self.a + self.b + self.c
    }
    fn scale(&mut self, k: f64) {
        self.a *= k;
        self.b *= k;
        self.c *= k;
    }
}

impl Describe for Polygon {
    fn kind(&self) -> &'static str {
        match self.sides {
            5 => "pentagon",
            6 => "hexagon",
            8 => "octagon",
            _ => "polygon",
        }
    }
}

impl Shape for Polygon {
    fn area(&self) -> f64 {
        let n = self.sides as f64;
        n * self.side * self.side / (4.0 * (PI / n).tan())
    }
    fn perimeter(&self) -> f64 {
        self.sides as f64 * self.side
    }
    fn scale(&mut self, k: f64) {
        self.side *= k;
    }
}

fn report(shape: &dyn Shape) -> String {
    format!(
        "{:<18} area {:>8.3} perimeter {:>7.3} compact {:.3}",
        shape.label(),
        shape.area(),
        shape.perimeter(),
        shape.compactness()
    )
}

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    let mut best: Option<&dyn Shape> = None;
    for s in shapes {
        match best {
            Some(b) if b.area() >= s.area() => {}
            _ => best = Some(s.as_ref()),
        }
    }
    best
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Rect { w: 3.0, h: 2.0 }),
        Box::new(Rect { w: 2.5, h: 2.5 }),
        Box::new(Polygon { sides: 6, side: 1.0 }),
        Box::new(Polygon { sides: 5, side: 2.0 }),
    ];
    for sides in [(3.0, 4.0, 5.0), (1.0, 2.0, 3.0), (2.0, 2.0, 2.0)] {
        match Triangle::new(sides.0, sides.1, sides.2) {
            Ok(t) => shapes.push(Box::new(t)),
            Err(e) => println!("skipped: {}", e),
        }
    }
    for s in shapes.iter() {
        println!("{}", report(s.as_ref()));
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area {:.4}", total);
    if let Some(big) = largest(&shapes) {
        println!("largest: {}", big.label());
    }
    shapes.sort_by(|a, b| b.compactness().partial_cmp(&a.compactness()).unwrap());
    let order: Vec<&str> = shapes.iter().map(|s| s.kind()).collect();
    println!("by compactness: {:?}", order);
    let mut by_kind: BTreeMap<&str, (u32, f64)> = BTreeMap::new();
    for s in &shapes {
        let e = by_kind.entry(s.kind()).or_insert((0, 0.0));
        e.0 += 1;
        e.1 += s.perimeter();
    }
    for (kind, (n, p)) in &by_kind {
        println!("{:>10}: {} shape(s), perimeter {:.2}", kind, n, p);
    }
    for s in shapes.iter_mut().filter(|s| s.area() < 5.0) {
        s.scale(2.0);
    }
    let small = shapes.iter().filter(|s| s.area() < 5.0).count();
    println!("after scaling the small ones: {} still small, total {:.4}", small, shapes.iter().map(|s| s.area()).sum::<f64>());
    println!("labels: {}", shapes.iter().map(|s| s.label()).collect::<Vec<_>>().join("; "));
}
