//@ run-pass
//@ check-run-results

trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> &'static str;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Dog;
struct Cat {
    lives: u8,
}

impl Animal for Dog {
    fn name(&self) -> String {
        "Dog".to_string()
    }
    fn sound(&self) -> &'static str {
        "woof"
    }
}

impl Animal for Cat {
    fn name(&self) -> String {
        format!("Cat with {} lives", self.lives)
    }
    fn sound(&self) -> &'static str {
        "meow"
    }
    fn speak(&self) -> String {
        format!("{} purrs", self.name())
    }
}

fn chorus<A: Animal, B: Animal>(a: &A, b: &B) -> String {
    format!("{} / {}", a.speak(), b.speak())
}

trait Double {
    fn double(&self) -> Self;
}

impl Double for i32 {
    fn double(&self) -> i32 {
        self * 2
    }
}

impl Double for String {
    fn double(&self) -> String {
        format!("{}{}", self, self)
    }
}

fn quad<T: Double>(x: T) -> T {
    x.double().double()
}

fn main() {
    println!("{}", chorus(&Dog, &Cat { lives: 9 }));
    println!("{} {}", quad(3), quad(String::from("ab")));
}
