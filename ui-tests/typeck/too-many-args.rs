fn greet(name: &str) {
    println!("hello {}", name);
}

fn main() {
    greet("a", "b"); //~ ERROR this function takes 1 argument but 2 arguments were supplied
}
