fn main() {
    let mut list = vec![1, 2, 3];
    let a = &mut list;
    let b = &mut list; //~ ERROR cannot borrow `list` as mutable more than once at a time
    a.push(4);
    b.push(5);
}
