//@ build-pass

fn square(x: u64) -> u64 {
    x * x
}

fn main() {
    let v: Vec<u64> = (1..5).map(square).collect();
    assert_eq!(v, vec![1, 4, 9, 16]);
}
