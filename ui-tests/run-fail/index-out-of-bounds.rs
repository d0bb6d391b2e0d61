//@ run-fail
//@ check-run-results

fn get(v: &Vec<u32>, i: usize) -> u32 {
    v[i]
}

fn main() {
    let v = vec![10, 20, 30];
    println!("{}", get(&v, 2));
    println!("{}", get(&v, 5));
}
