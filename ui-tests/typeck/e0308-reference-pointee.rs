// Two references whose pointees differ: rustc's type error is about the pointees, so the
// expected/found note is shown even for simple types; comparing two references settles the
// right operand's type through `&A: PartialOrd<&B> where A: PartialOrd<B>`.
fn total(values: &[u32], scale: &u32) -> u32 {
    values.iter().map(|v| v * scale).sum()
}

fn main() {
    let wide: u64 = 7;
    let narrow: u32 = 3;
    let r: &u32 = &wide; //~ ERROR mismatched types
    println!("{}", total(&[1, 2], &wide)); //~ ERROR mismatched types
    if &narrow < &wide { //~ ERROR mismatched types
        println!("{}", r);
    }
    let x = 1.5f64;
    let y = 2.5f32;
    let _bigger = &x > &y; //~ ERROR mismatched types
}
