// Diagnostics of many kinds across modules and items, in rustc's phase order: module tree,
// imports, resolution, item checks, type errors, then each body's match, borrow and liveness
// diagnostics.
#![warn(unused_variables, unused_mut, unreachable_patterns)]

mod shapes {
    pub enum Shape {
        Circle(f64),
        Square(f64),
        Triangle(f64, f64, f64),
    }

    pub fn area(s: &Shape) -> f64 {
        match s { //~ ERROR non-exhaustive patterns: `&Shape::Triangle(_, _, _)` not covered
            Shape::Circle(r) => 3.14 * r * r,
            Shape::Square(a) => a * a,
        }
    }

    pub fn label(s: Shape) -> &'static str {
        let Shape::Circle(_) = s; //~ ERROR refutable pattern in local binding
        "circle"
    }
}

mod accounts {
    pub struct Account {
        pub owner: String,
        pub balance: i64,
    }

    pub fn transfer(from: Account, to: &mut Account, amount: i64) -> Account {
        to.balance += amount;
        let moved = from;
        println!("{}", from.owner); //~ ERROR borrow of moved value: `from`
        moved
    }

    pub fn audit(a: &Account) -> i64 {
        let total = 0;
        total = a.balance * 2; //~ ERROR cannot assign twice to immutable variable `total`
        total
    }
}

struct Counter {
    hits: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.hits += 1;
    }
}

fn tally(values: &[i32]) -> i32 {
    let mut sum = 0;
    // Not reported: the body has a type error.
    let mut unused_mut = 5;
    for v in values {
        sum += v;
    }
    let n: u8 = sum; //~ ERROR mismatched types
    sum
}

fn sort_words(words: Vec<String>) -> Vec<String> {
    words.sort(); //~ ERROR cannot borrow `words` as mutable, as it is not declared as mutable
    words
}

fn kind(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1..=9 => "digit",
        _ => "many",
        5 => "five", //~ WARN unreachable pattern
    }
}

fn main() {
    let c = Counter { hits: 0 };
    // Not reported: a name in this body failed to resolve.
    c.bump();
    let s = shapes::Shape::Square(2.0);
    println!("{}", shapes::area(&s));
    println!("{}", shapes::label(s));
    let missing = undefined_value; //~ ERROR cannot find value `undefined_value` in this scope
    println!("{}", tally(&[1, 2]) + kind(3).len() as i32);
    let stray = 1;
    println!("{:?}", sort_words(vec![]));
}
