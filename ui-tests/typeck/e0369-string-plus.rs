fn main() {
    let greeting = "hello";
    let name = "weft";
    let message = greeting + name; //~ ERROR cannot add `&str` to `&str`
    println!("{}", message);
}
