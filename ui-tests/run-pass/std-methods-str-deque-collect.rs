//@ run-pass
//@ check-run-results
// str trim_*_matches and strip_prefix/strip_suffix with char, &str and closure patterns,
// from_str_radix, Iterator::{nth, partition}, collecting into Result/Option, Vec::{dedup_by_key,
// drain(..)}, VecDeque as a queue, Option/Result::or_else, char::is_ascii_uppercase/lowercase.
use std::collections::VecDeque;

fn main() {
    let s = "--==x-y==--";
    println!("[{}] [{}] [{}]", s.trim_matches('-'), s.trim_start_matches("--"), s.trim_end_matches(|c: char| c == '-' || c == '='));
    println!("{:?} {:?} {:?} {:?}", "took=12ms".strip_prefix("took="), "abc".strip_prefix('x'), "#tag".strip_prefix('#'), "50%".strip_suffix('%'));
    let owned = String::from("ms");
    println!("{:?}", "12ms".strip_suffix(owned.as_str()));
    println!("{:?} {:?} {:?} {:?}", u32::from_str_radix("ff", 16), i32::from_str_radix("-101", 2), u8::from_str_radix("300", 10), u32::from_str_radix("z", 10));
    println!("{:?} {:?}", "hello".chars().nth(1), (0..3).nth(5));
    let (even, odd): (Vec<i32>, Vec<i32>) = (1..=7).partition(|n| n % 2 == 0);
    println!("{:?} {:?}", even, odd);
    let good: Result<Vec<i32>, String> = ["1", "2"].iter().map(|t| t.parse::<i32>().map_err(|e| e.to_string())).collect();
    let bad: Result<Vec<i32>, String> = ["1", "x", "y"].iter().map(|t| t.parse::<i32>().map_err(|e| format!("{}: {}", t, e))).collect();
    let digits: Option<Vec<u32>> = "42".chars().map(|c| c.to_digit(10)).collect();
    let none: Option<Vec<u32>> = "4a".chars().map(|c| c.to_digit(10)).collect();
    println!("{:?} {:?} {:?} {:?}", good, bad, digits, none);
    let mut v = vec![10, 11, 20, 21, 22, 30];
    v.dedup_by_key(|x| *x / 10);
    println!("{:?}", v);
    let drained: Vec<i32> = v.drain(..).map(|x| x + 1).collect();
    println!("{:?} {:?}", drained, v);
    let mut q: VecDeque<&str> = VecDeque::new();
    q.push_back("b");
    q.push_back("c");
    q.push_front("a");
    println!("{} {:?} {:?}", q.len(), q.front(), q.back());
    while let Some(x) = q.pop_front() {
        print!("{} ", x);
    }
    println!("{:?} {}", q.pop_back(), q.is_empty());
    let o: Option<i32> = None;
    let r: Result<i32, String> = Err("e".to_string());
    println!("{:?} {:?}", o.or_else(|| Some(5)), r.or_else(|e| if e == "e" { Ok::<i32, String>(1) } else { Err(e) }));
    println!("{} {} {}", 'Q'.is_ascii_uppercase(), 'q'.is_ascii_lowercase(), '1'.is_ascii_uppercase());
}
