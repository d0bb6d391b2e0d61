//@ edition: 2021
fn main() {
    let a = Some(1);
    let b = Some(2);
    if let Some(x) = a && let Some(y) = b { //~ ERROR let chains are only allowed in Rust 2024 or later
    //~^ ERROR let chains are only allowed in Rust 2024 or later
        let _ = x + y;
    }
}
