fn main() {
    let mut i = 0;
    i++;
}
