trait Validate {
    fn validate(&self) -> bool;
}

struct Email(String);
struct Phone(String);

impl Validate for Email {} //~ ERROR not all trait items implemented, missing: `validate`

impl Validate for Phone {
    fn validate(&self) -> bool {
        !self.0.is_empty()
    }
}

fn main() {
    println!("{}", Phone(String::from("1")).validate());
}
