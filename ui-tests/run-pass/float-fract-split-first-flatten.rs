//@ run-pass
//@ check-run-results
// f64 fract/rem_euclid/to_radians, slice split_first, Iterator::flatten.
fn main() {
    let g = vec![vec!['a', ' '], vec![], vec!['.', 'b']];
    let n = g.iter().flatten().filter(|&&c| c != ' ' && c != '.').count();
    let total: i32 = g.iter().map(|r| r.len() as i32).sum();
    let v = [3, 4, 5];
    if let Some((h, t)) = v.split_first() { println!("{} {:?}", h, t); }
    let e: &[i32] = &[];
    println!("{:?}", e.split_first());
    for x in [2.75f64, -2.75, 0.5] { println!("{} {} {:.4}", x.fract(), x.rem_euclid(2.0), x.to_radians()); }
    println!("{} {}", (-7.5f64).rem_euclid(-2.0), 190f64.to_radians().cos() < 0.0);
    println!("{} {}", n, total);
}
