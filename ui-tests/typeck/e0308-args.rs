// Arguments of the wrong type to functions, methods and constructors.
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn new(x: i32, y: i32) -> Point {
        Point { x, y }
    }
    fn shift(&mut self, dx: i32, label: &str) {
        self.x += dx;
        println!("{}", label);
    }
}

fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn greet(name: String) -> String {
    format!("hello {}", name)
}

fn main() {
    let p = Point::new(1, "two"); //~ ERROR mismatched types
    let a = area(3, 4.5); //~ ERROR mismatched types
    let g = greet("world"); //~ ERROR mismatched types
    let mut q = Point::new(0, 0);
    q.shift(true, "x"); //~ ERROR mismatched types
    q.shift(1, 2); //~ ERROR mismatched types
    let v: Vec<i32> = Vec::new();
    let total = area(v.len(), 2); //~ ERROR mismatched types
    let both = area("a", 'b'); //~ ERROR arguments to this function are incorrect
    println!("{} {} {} {}", p.x, a, g, total + both + q.y as u32);
}
