// Suggestions of an error are applied too (compiletest applies all of them, not only
// machine-applicable ones, unless `rustfix-only-machine-applicable`).
//@ run-rustfix
//@ edition: 2021

fn main() {
    let total: u64 = 10;
    let half: u32 = total / 2; //~ ERROR mismatched types
    println!("{}", half);
}
