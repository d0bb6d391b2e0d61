#[path = "aux/other.rs"]
mod other;
fn main() {
    other::takes(1, 2);
    let _: i32 = other::VALUE;
}
