struct Inner {
    a: i32,
    b: i32,
}

struct Outer {
    inner: Inner,
    tag: u8,
}

fn main() {
    let o = Outer { inner: Inner { a: 1, b: 2 }, tag: 0 };
    let Outer { inner: Inner { a }, .. } = o; //~ ERROR pattern does not mention field `b`
    println!("{}", a);
}
