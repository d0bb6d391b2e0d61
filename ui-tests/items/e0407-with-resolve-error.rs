trait Greeter {
    fn greet(&self) -> String;
}

struct English;

impl Greeter for English {
    fn greet(&self) -> String {
        String::from("hello")
    }
    fn wave(&self) -> String { //~ ERROR method `wave` is not a member of trait `Greeter`
        undefined_helper() //~ ERROR cannot find function `undefined_helper` in this scope
    }
}

fn main() {
    println!("{}", English.greet());
}
