//@ run-pass
//@ check-run-results

fn caesar(s: &str, k: u8) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_lowercase_like() {
            let x = ((c as u8 - b'a' + k) % 26 + b'a') as char;
            out.push(x);
        } else {
            out.push(c);
        }
    }
    out
}

trait AsciiLower {
    fn is_ascii_lowercase_like(&self) -> bool;
}

impl AsciiLower for char {
    fn is_ascii_lowercase_like(&self) -> bool {
        *self >= 'a' && *self <= 'z'
    }
}

fn pad_table(rows: &[(&str, u32)]) -> String {
    let mut s = String::new();
    for (name, n) in rows {
        s.push_str(&format!("|{:<8}|{:>5}|\n", name, n));
    }
    s
}

fn main() {
    println!("{}", caesar("hello, world", 3));
    print!("{}", pad_table(&[("apples", 3), ("kiwis", 12)]));
    let mut acc = String::from(">");
    for i in 0..3 {
        acc = acc + &i.to_string() + ",";
    }
    println!("{} {}", acc, acc.len());
    let words = ["x"; 3];
    println!("{}", words.concat());
}
