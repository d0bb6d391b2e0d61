fn main() {
    let count = 0;
    for i in 0..10 {
        if i % 2 == 0 {
            count += 1; //~ ERROR cannot assign twice to immutable variable `count`
        }
    }
    println!("{}", count);
}
