fn first_even(v: &Vec<i32>) -> Option<i32> {
    for x in v {
        if x % 2 == 0 {
            return Some(*x);
        }
    }
    None
}

fn main() {
    let v = vec![1, 3, 4];
    let n: i32 = first_even(&v); //~ ERROR mismatched types
}
