struct Temperature {
    celsius: f32,
}

fn main() {
    let t = Temperature { celsius: 21.5 };
    println!("{}", t); //~ ERROR `Temperature` doesn't implement `std::fmt::Display`
    println!("{}", t.celsius);
}
