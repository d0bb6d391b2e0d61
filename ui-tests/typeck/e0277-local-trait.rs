trait Describe {
    fn describe(&self) -> String;
}

impl Describe for u8 {
    fn describe(&self) -> String {
        format!("byte {}", self)
    }
}

impl Describe for u16 {
    fn describe(&self) -> String {
        format!("short {}", self)
    }
}

fn show<T: Describe>(t: T) -> String {
    t.describe()
}

fn main() {
    let n: i64 = 5;
    println!("{}", show(n)); //~ ERROR the trait bound `i64: Describe` is not satisfied
}
