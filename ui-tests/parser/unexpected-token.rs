fn main() {
    let list = [1, 2, 3];
    for x in list {
        println!("{}", x)
    }}
} //~ ERROR unexpected closing delimiter: `}`
