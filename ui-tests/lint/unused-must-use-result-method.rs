//@ check-pass
#![warn(unused_must_use)]

fn risky(n: i32) -> Result<i32, String> {
    if n > 0 { Ok(n) } else { Err(String::from("negative")) }
}

struct Store;

impl Store {
    fn save(&self) -> Result<(), String> {
        Ok(())
    }
}

fn main() {
    risky(1); //~ WARN unused `Result` that must be used
    Store.save(); //~ WARN unused `Result` that must be used
}
