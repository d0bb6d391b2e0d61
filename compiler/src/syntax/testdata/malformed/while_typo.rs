fn main() {
    While true {}
}
