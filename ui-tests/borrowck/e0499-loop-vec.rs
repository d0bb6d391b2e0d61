fn main() {
    let mut slots = vec![0u32; 4];
    let first = &mut slots;
    let second = slots.iter_mut(); //~ ERROR cannot borrow `slots` as mutable more than once at a time
    first.push(1);
    for s in second {
        *s += 1;
    }
}
