//@ run-fail
//@ check-run-results

fn find(xs: &[i32], want: i32) -> Option<usize> {
    xs.iter().position(|x| *x == want)
}

fn main() {
    let xs = [4, 5, 6];
    println!("{}", find(&xs, 5).unwrap());
    println!("{}", find(&xs, 9).unwrap());
}
