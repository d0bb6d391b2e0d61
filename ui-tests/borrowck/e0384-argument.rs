fn clamp(value: i32, max: i32) -> i32 {
    if value > max {
        value = max; //~ ERROR cannot assign to immutable argument `value`
    }
    value
}

fn main() {
    println!("{}", clamp(12, 10));
}
