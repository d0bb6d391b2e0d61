//@ check-pass
#![warn(unreachable_code)]

fn main() {
    let mut i = 0;
    while i < 10 {
        i += 1;
        continue;
        println!("never"); //~ WARN unreachable statement
    }
    for _ in 0..3 {
        break;
        let _ = 2 * 3; //~ WARN unreachable statement
    }
}
