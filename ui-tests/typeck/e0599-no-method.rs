struct Robot {
    name: String,
}

impl Robot {
    fn greet(&self) -> String {
        format!("I am {}", self.name)
    }
}

fn main() {
    let r = Robot { name: String::from("R2") };
    println!("{}", r.gret()); //~ ERROR no method named `gret` found for struct `Robot` in the current scope
}
