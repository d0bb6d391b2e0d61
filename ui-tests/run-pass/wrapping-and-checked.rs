//@ run-pass
//@ check-run-results

fn main() {
    let x: u8 = 250;
    println!("{} {} {}", x.wrapping_add(10), x.wrapping_sub(251), x.wrapping_mul(2));
    println!("{:?} {:?}", x.checked_add(5), x.checked_add(6));
    println!("{:?} {:?}", 5u32.checked_sub(6), 10i32.checked_div(0));
    println!("{} {}", x.saturating_add(10), 3u8.saturating_sub(5));
    let y: i32 = -2147483648;
    println!("{} {}", y.wrapping_sub(1), y.wrapping_neg_like());
    println!("{} {} {}", 2i64.pow(40), (-3i32).pow(3), 7u32.pow(0));
    println!("{} {}", (-5i32).abs(), 5i32.abs());
    println!("{} {}", 3.min(9), 3.max(9));
}

trait WrapNeg {
    fn wrapping_neg_like(self) -> i32;
}

impl WrapNeg for i32 {
    fn wrapping_neg_like(self) -> i32 {
        0i32.wrapping_sub(self)
    }
}
