fn main() {
    let _size = std:mem::size_of::<u64>(); //~ ERROR path separator must be a double colon
}
