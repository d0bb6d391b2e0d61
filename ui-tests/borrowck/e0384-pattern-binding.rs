fn main() {
    let (low, high) = (1, 9);
    low = high - 1; //~ ERROR cannot assign twice to immutable variable `low`
    println!("{} {}", low, high);
}
