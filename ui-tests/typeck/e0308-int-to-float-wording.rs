// An integer where a float is expected: widening ones convert with `.into()`; the others get an
// `as` cast, worded "convert" for signed integers and "cast" for unsigned ones.
fn average(total: i64, count: u64, small: i32, tiny: u8, index: usize) -> f64 {
    let t: f64 = total; //~ ERROR mismatched types
    let c: f64 = count; //~ ERROR mismatched types
    let s: f64 = small; //~ ERROR mismatched types
    let y: f32 = tiny; //~ ERROR mismatched types
    let i: f64 = index; //~ ERROR mismatched types
    let w: f32 = total * 2; //~ ERROR mismatched types
    t / c + s + y as f64 + i + w as f64
}

fn main() {
    println!("{}", average(10, 2, 1, 1, 0));
}
