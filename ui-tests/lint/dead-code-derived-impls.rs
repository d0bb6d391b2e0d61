//@ check-pass
// The derived impls of a used type count for dead code: PartialEq, PartialOrd, Ord and Hash read
// every field, Default constructs the type; Debug and Clone are ignored.
#![warn(dead_code)]

#[derive(Debug, Default)]
struct Tally {
    seen: u32,
    skipped: u32, //~ WARN field `skipped` is never read
}

#[derive(PartialEq, Clone)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Hash)]
struct Key {
    id: u64,
}

#[derive(Default)]
enum Mode {
    #[default]
    Quiet,
    Loud, //~ WARN variant `Loud` is never constructed
}

#[derive(PartialOrd, PartialEq)]
struct Version(u32, u32);

fn describe(m: &Mode) -> &'static str {
    match m {
        Mode::Quiet => "quiet",
        Mode::Loud => "loud",
    }
}

fn main() {
    let mut t = Tally::default();
    t.seen += 1;
    println!("{}", t.seen);
    let p = Point { x: 1, y: 2 };
    let k = Key { id: 7 };
    let v = Version(1, 95);
    let keys = [k];
    println!("{} {} {}", p.clone().x > 0, keys.len(), v.0);
    println!("{}", describe(&Mode::default()));
}
