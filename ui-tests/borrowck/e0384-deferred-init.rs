fn main() {
    let label: &str;
    label = "first";
    println!("{}", label);
    label = "second"; //~ ERROR cannot assign twice to immutable variable `label`
    println!("{}", label);
}
