fn main() {
    if true {} else if {}
}
