fn main() {
    if true {} elif true {}
}
