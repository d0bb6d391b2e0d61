fn main() {
    let mut total = 5;
    let view = &total;
    let edit = &mut total; //~ ERROR cannot borrow `total` as mutable because it is also borrowed as immutable
    *edit += 1;
    println!("{}", view);
}
