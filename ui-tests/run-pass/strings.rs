//@ run-pass
//@ check-run-results

fn main() {
    let mut s = String::new();
    for w in ["alpha", "beta", "gamma"] {
        if !s.is_empty() {
            s.push_str(", ");
        }
        s.push_str(w);
    }
    println!("{} ({} bytes)", s, s.len());
    let upper = s.to_uppercase();
    println!("{}", upper);
    println!("{} {} {}", s.contains("beta"), s.starts_with("alp"), s.ends_with("x"));
    let words: Vec<&str> = s.split(", ").collect();
    println!("{:?}", words);
    let t = "  padded  ";
    println!("[{}] [{}]", t, t.trim());
    let caf = "café ünï";
    println!("{} {} {:?}", caf.len(), caf.chars().count(), caf);
    let rev: String = "stressed".chars().rev().collect();
    println!("{}", rev);
    let joined = vec!["a", "b", "c"].join("-");
    println!("{} {}", joined, "ab".repeat(3));
    let n: i32 = "-42".parse().unwrap();
    let bad: Result<i32, _> = "4x".parse::<i32>();
    println!("{} {}", n + 1, bad.is_err());
    let greeting = format!("{}-{}", "x", 5) + "!";
    println!("{}", greeting);
    println!("{:?} {:?}", "tab\there", "quote\"s\\");
    println!("{:?} {:?} {:?}", 'a', '\'', '\n');
}
