//@ check-pass

trait can_fly { //~ WARN trait `can_fly` should have an upper camel case name
    fn fly(&self) -> bool;
}

struct Bird;

impl can_fly for Bird {
    fn fly(&self) -> bool {
        true
    }
}

fn main() {
    println!("{}", Bird.fly());
}
