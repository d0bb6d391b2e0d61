fn main() {
    let huge: f32 = 3.5e38; //~ ERROR literal out of range for `f32`
    let bigger = 1e309_f64; //~ ERROR literal out of range for `f64`
    println!("{} {}", huge, bigger);
}
