struct Opaque;

fn show<T: std::fmt::Display>(value: T) {
    println!("{}", value);
}

fn main() {
    show(Opaque); //~ ERROR `Opaque` doesn't implement `std::fmt::Display`
}
