//@ check-pass
// Trait objects built with `Box::new(x)` where a `Box<dyn Trait>` is expected (the expected
// `dyn Trait` is only a hint for the argument), and methods of a trait object's supertraits,
// called without importing the traits.
mod shapes {
    pub trait Named {
        fn name(&self) -> String;
    }
    pub trait Shape: Named {
        fn area(&self) -> f64;
    }
    pub struct Square(pub f64);
    impl Named for Square {
        fn name(&self) -> String {
            format!("square {}", self.0)
        }
    }
    impl Shape for Square {
        fn area(&self) -> f64 {
            self.0 * self.0
        }
    }
}

fn describe(s: &dyn shapes::Shape) -> String {
    format!("{} has area {}", s.name(), s.area())
}

fn main() {
    let one: Box<dyn shapes::Shape> = Box::new(shapes::Square(2.0));
    let many: Vec<Box<dyn shapes::Shape>> = vec![Box::new(shapes::Square(1.0)), Box::new(shapes::Square(3.0))];
    println!("{}", describe(one.as_ref()));
    for s in &many {
        println!("{} {}", s.name(), describe(&**s));
    }
}
