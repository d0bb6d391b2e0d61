fn main() {
    if true {} else false {}
}
