//@ run-pass
//@ check-run-results

fn mean(xs: &[f64]) -> f64 {
    let mut s = 0.0;
    for x in xs {
        s += x;
    }
    s / xs.len() as f64
}

fn newton_sqrt(x: f64) -> f64 {
    let mut g = x / 2.0;
    for _ in 0..20 {
        g = (g + x / g) / 2.0;
    }
    g
}

fn main() {
    let xs = [1.5, 2.25, 3.0, 4.75];
    let m = mean(&xs);
    println!("{} {:.3} {:e}", m, m, 1234.5);
    println!("{} {}", newton_sqrt(2.0), 2.0f64.sqrt());
    println!("{} {} {} {}", (2.5f64).round(), (-2.5f64).round(), (2.7f64).floor(), (-2.2f64).ceil());
    println!("{} {} {}", 1.0 / 3.0, 2.0f32 / 3.0, 100.0f64 * 1.1);
    println!("{:?} {:?} {}", 0.1 + 0.2, 1.0 / 0.0, (0.0f64 / 0.0).is_nan());
    println!("{} {}", f64::MAX > 1e308, 3.0f64.powi(4));
    let c = 37.5f64;
    println!("{:.1}F", c * 9.0 / 5.0 + 32.0);
}
