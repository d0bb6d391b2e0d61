//@ run-pass
//@ check-run-results
//@ edition: 2021
// A number-formatting toolkit: Roman numerals both ways with const tables and validation,
// thousands separators, English number names by recursion, ordinal suffixes, byte sizes with
// precision, base conversion with char arithmetic, and round-trip checks over ranges.
const ROMAN: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn to_roman(mut n: u32) -> Option<String> {
    if n == 0 || n > 3999 {
        return None;
    }
    let mut out = String::new();
    for &(value, digits) in ROMAN.iter() {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    Some(out)
}

fn roman_digit(c: char) -> Result<u32, String> {
    match c.to_ascii_uppercase() {
        'I' => Ok(1),
        'V' => Ok(5),
        'X' => Ok(10),
        'L' => Ok(50),
        'C' => Ok(100),
        'D' => Ok(500),
        'M' => Ok(1000),
        other => Err(format!("invalid digit {:?}", other)),
    }
}

fn from_roman(s: &str) -> Result<u32, String> {
    let values = s.chars().map(roman_digit).collect::<Result<Vec<u32>, String>>()?;
    let mut total = 0;
    for (i, &v) in values.iter().enumerate() {
        match values.get(i + 1) {
            Some(&next) if next > v => total -= v as i64,
            _ => total += v as i64,
        }
    }
    let total = total as u32;
    // Only the canonical spelling is accepted: "IIII" and "VX" are rejected.
    match to_roman(total) {
        Some(canon) if canon == s.to_ascii_uppercase() => Ok(total),
        Some(canon) => Err(format!("{} is not canonical (expected {})", s, canon)),
        None => Err(format!("{} is out of range", s)),
    }
}

fn with_separators(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{}", out) } else { out }
}

const SMALL: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

fn words(n: u64) -> String {
    match n {
        0..=19 => SMALL[n as usize].to_string(),
        20..=99 => match n % 10 {
            0 => TENS[(n / 10) as usize].to_string(),
            r => format!("{}-{}", TENS[(n / 10) as usize], SMALL[r as usize]),
        },
        100..=999 => {
            let rest = n % 100;
            let head = format!("{} hundred", SMALL[(n / 100) as usize]);
            if rest == 0 { head } else { format!("{} and {}", head, words(rest)) }
        }
        _ => {
            let scales = [(1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];
            let &(size, name) = scales.iter().find(|(size, _)| n >= *size).unwrap();
            let rest = n % size;
            let head = format!("{} {}", words(n / size), name);
            match rest {
                0 => head,
                1..=99 => format!("{} and {}", head, words(rest)),
                _ => format!("{} {}", head, words(rest)),
            }
        }
    }
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{}{}", n, suffix)
}

fn human_bytes(n: u64) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = n as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < units.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 { format!("{} {}", n, units[0]) } else { format!("{:.1} {}", value, units[unit]) }
}

fn to_base(mut n: u32, base: u32) -> String {
    if n == 0 {
        return "0".to_string();
    }
    let mut digits = Vec::new();
    while n > 0 {
        let d = (n % base) as u8;
        digits.push(if d < 10 { (b'0' + d) as char } else { (b'a' + d - 10) as char });
        n /= base;
    }
    digits.iter().rev().collect()
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000] {
        println!("{:>5} -> {}", n, to_roman(n).unwrap_or_else(|| "(none)".to_string()));
    }
    for s in ["MCMXCIV", "mmxxiv", "IIII", "VX", "XLII", "ABC", "MMMM"] {
        match from_roman(s) {
            Ok(v) => println!("{:<8} = {}", s, v),
            Err(e) => println!("{:<8} ! {}", s, e),
        }
    }
    let round_trip = (1..=3999).filter(|&n| to_roman(n).and_then(|r| from_roman(&r).ok()) == Some(n)).count();
    println!("round trips: {}", round_trip);
    let longest = (1..=3999).max_by_key(|&n| to_roman(n).map_or(0, |r| r.len())).unwrap();
    println!("longest numeral: {} = {}", longest, to_roman(longest).unwrap());

    for n in [0i64, 7, 1234, -98765, 1_000_000, i64::MAX] {
        println!("{:>26}", with_separators(n));
    }
    for n in [0u64, 13, 45, 100, 342, 1_001, 90_210, 7_000_015, 2_147_483_647] {
        println!("{}: {}", n, words(n));
    }
    let ords: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 1003].iter().map(|&n| ordinal(n)).collect();
    println!("{}", ords.join(" "));
    for n in [512u64, 1536, 10_485_760, 5_368_709_120, 3 << 40] {
        println!("{:>14} bytes = {:>9}", n, human_bytes(n));
    }
    for (n, b) in [(255, 2), (255, 16), (1295, 36), (0, 7), (100, 8)] {
        let s = to_base(n, b);
        let back = u32::from_str_radix(&s, b).unwrap();
        println!("{} in base {:>2} = {:>8} (check {}, {:#x})", n, b, s, back == n, n);
    }
}
