//@ run-pass
//@ check-run-results

fn checksum(data: &[u8]) -> u8 {
    let mut c: u8 = 0;
    for b in data {
        c = c.wrapping_add(*b);
    }
    c
}

fn to_hex(data: &[u8]) -> String {
    let mut s = String::new();
    for b in data {
        s.push_str(&format!("{:02x}", *b));
    }
    s
}

fn main() {
    let bytes: Vec<u8> = "Weft!".bytes().collect();
    println!("{:?}", bytes);
    println!("{} {}", checksum(&bytes), to_hex(&bytes));
    let shifted: Vec<u8> = bytes.iter().map(|b| b.wrapping_add(200)).collect();
    println!("{:?}", shifted);
    let back: String = bytes.iter().map(|&b| b as char).collect();
    println!("{}", back);
    let b: u8 = b'z';
    println!("{} {} {}", b, b as char, (b - 25) as char);
}
