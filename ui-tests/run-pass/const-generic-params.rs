//@ run-pass
//@ check-run-results
//! Const generic parameters read as values: in a fn, in an impl's methods (the impl's `N`), in a
//! trait's default method, as array lengths, and inferred from an argument or a type annotation.

struct Ring<T, const N: usize> {
    items: [T; N],
    head: usize,
}

impl<T: Copy + Default + std::fmt::Debug, const N: usize> Ring<T, N> {
    fn new() -> Self {
        Ring { items: [T::default(); N], head: 0 }
    }

    fn capacity(&self) -> usize {
        N
    }

    fn push(&mut self, x: T) {
        self.items[self.head % N] = x;
        self.head += 1;
    }

    fn is_full(&self) -> bool {
        self.head >= N
    }
}

trait Scaled<const M: usize> {
    fn scale(&self, x: usize) -> usize {
        x * M
    }
}

struct Meter;
impl Scaled<100> for Meter {}

fn total<const K: usize>(xs: [u32; K]) -> u32 {
    let mut s = 0;
    for i in 0..K {
        s += xs[i];
    }
    s
}

fn zeros<const K: usize>() -> [i64; K] {
    [0; K]
}

fn main() {
    let mut r: Ring<u8, 3> = Ring::new();
    for x in 1..=5 {
        r.push(x);
        println!("pushed {x}: full = {}", r.is_full());
    }
    println!("{} {:?}", r.capacity(), r.items);

    let mut wide = Ring::<char, 5>::new();
    wide.push('a');
    println!("{} {:?}", wide.capacity(), wide.items);

    println!("{}", Meter.scale(7));
    println!("{} {}", total([1, 2, 3, 4]), total([10; 6]));
    let z: [i64; 4] = zeros();
    println!("{:?} {:?}", z, zeros::<2>());
}
