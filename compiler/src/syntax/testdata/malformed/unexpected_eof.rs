fn main() {
    let x = 
