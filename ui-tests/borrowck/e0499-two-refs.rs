fn main() {
    let mut score = 10;
    let a = &mut score;
    let b = &mut score; //~ ERROR cannot borrow `score` as mutable more than once at a time
    *b += 1;
    *a += 1;
}
