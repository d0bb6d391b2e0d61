fn main() {
    let mut names = vec![String::from("a")];
    let first = &names[0];
    names.push(String::from("b")); //~ ERROR cannot borrow `names` as mutable because it is also borrowed as immutable
    println!("{}", first);
}
