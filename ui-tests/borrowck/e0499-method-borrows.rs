fn main() {
    let mut stack = vec![1, 2];
    let top = stack.last_mut().unwrap();
    stack.push(3); //~ ERROR cannot borrow `stack` as mutable more than once at a time
    *top += 1;
}
