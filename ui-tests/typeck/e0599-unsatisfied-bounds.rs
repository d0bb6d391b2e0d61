// A method whose impl's where-clauses do not hold for the receiver exists, but cannot be called:
// E0599 names the bounds, points at local impls' bounds, and suggests derives.

use std::collections::HashMap;
use std::fmt::Display;

struct NoClone;

struct Wrapper<T>(T);

impl<T: Clone> Wrapper<T> {
    fn duplicate(&self) -> (T, T) {
        (self.0.clone(), self.0.clone())
    }
}

impl<T: Display + Clone> Wrapper<T> {
    fn show_twice(&self) -> String {
        format!("{}{}", self.0, self.0.clone())
    }
}

#[derive(Clone)]
struct Pair<T>(T, T);

#[derive(PartialEq)]
struct Key(u32);

#[derive(Debug)]
struct Point {
    x: f64,
}

trait Describe {
    fn describe(&self) -> String;
}

struct Labelled<T>(T);

impl<T: Describe> Labelled<T> {
    fn label(&self) -> String {
        self.0.describe()
    }
}

fn main() {
    let w = Wrapper(NoClone);
    let _ = w.duplicate(); //~ ERROR E0599
    let _ = w.show_twice(); //~ ERROR E0599
    let p = Pair(NoClone, NoClone);
    let _ = p.clone(); //~ ERROR E0599
    let mut m: HashMap<Key, i32> = HashMap::new();
    m.insert(Key(1), 2); //~ ERROR E0599
    let o: Option<Point> = None;
    let _ = o.clone(); //~ ERROR E0599
    let l = Labelled(3u8);
    let _ = l.label(); //~ ERROR E0599
}
