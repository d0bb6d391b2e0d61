struct Pair {
    a: u32; //~ ERROR struct fields are separated by `,`
    b: u32,
}

fn main() {
    let _ = Pair { a: 1, b: 2 };
}
