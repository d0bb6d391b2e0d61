fn main() {
    let greeting = String::from("hello");
    greeting.push_str(", world"); //~ ERROR cannot borrow `greeting` as mutable, as it is not declared as mutable
    println!("{}", greeting);
}
