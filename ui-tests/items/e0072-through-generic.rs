struct Wrapper<T> {
    inner: T,
    count: usize,
}

struct Chain { //~ ERROR recursive type `Chain` has infinite size
    link: Wrapper<Chain>,
}

struct Fine {
    next: Option<Box<Fine>>,
    items: Vec<Fine>,
}

fn main() {
    let _ = Fine { next: None, items: Vec::new() };
}
