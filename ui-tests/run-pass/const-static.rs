//@ run-pass
//@ check-run-results

const LIMIT: u32 = 3;
const NAMES: [&str; 3] = ["x", "y", "z"];
static GREETING: &str = "hi";

fn main() {
    for i in 0..LIMIT {
        println!("{} {}", NAMES[i as usize], GREETING);
    }
    println!("{} {} {}", u8::MAX, i16::MIN, u64::MAX);
    println!("{} {}", i128::MAX, usize::MAX);
}
