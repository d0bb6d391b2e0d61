//@ run-pass
//@ check-run-results

fn main() {
    let s = "Hello, Wörld! 123";
    let mut letters = 0;
    let mut digits = 0;
    let mut upper = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
        }
        if c.is_ascii_digit() {
            digits += 1;
        }
        if c.is_uppercase() {
            upper += 1;
        }
    }
    println!("{} {} {}", letters, digits, upper);
    let shifted: String = "abcxyz".chars().map(|c| (((c as u8 - b'a' + 3) % 26) + b'a') as char).collect();
    println!("{}", shifted);
    println!("{} {}", 'ß'.len_utf8_like(), '€' as u32);
    let bytes: Vec<u8> = "hé".bytes().collect();
    println!("{:?}", bytes);
}

trait Utf8Len {
    fn len_utf8_like(self) -> usize;
}

impl Utf8Len for char {
    fn len_utf8_like(self) -> usize {
        let c = self as u32;
        if c < 0x80 { 1 } else if c < 0x800 { 2 } else if c < 0x10000 { 3 } else { 4 }
    }
}
