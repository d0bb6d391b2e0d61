fn area(width: u32, height: u32) -> u32 {
    width * height
}

fn main() {
    println!("{}", area(3)); //~ ERROR this function takes 2 arguments but 1 argument was supplied
}
