//@ run-pass
//@ check-run-results

fn main() {
    let a: i32 = -1;
    println!("{} {} {} {}", a as u8, a as u16, a as u32, a as u64);
    let b: u32 = 300;
    println!("{} {} {}", b as u8, b as i8, b as i64);
    let c: f64 = 3.99;
    println!("{} {} {}", c as i32, -c as i32, c as u8);
    let d: f64 = 1e20;
    println!("{} {} {}", d as i32, d as u64, -d as i64);
    let e: char = 'A';
    println!("{} {} {}", e as u32, e as u8, (e as u8 + 2) as char);
    let f: bool = true;
    println!("{} {}", f as i32, false as u8);
    let g: i64 = -5;
    println!("{} {}", g as usize, g as f64);
    let h: u8 = 200;
    println!("{}", h as i8 as i32);
}
