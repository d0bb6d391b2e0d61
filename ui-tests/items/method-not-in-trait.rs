trait Animal {
    fn speak(&self) -> String;
}

struct Dog;

impl Animal for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
    fn fetch(&self) {} //~ ERROR method `fetch` is not a member of trait `Animal`
}

fn main() {}
