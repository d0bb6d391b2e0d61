fn main() {
 let a = 'a
}
