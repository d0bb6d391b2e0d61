fn main() {
    mod z;
}
