fn main() {
    for i 0..3 { //~ ERROR missing `in` in `for` loop
        let _ = i;
    }
}
