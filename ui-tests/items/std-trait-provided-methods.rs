//@ check-pass
// Implementing std traits with only their required methods: the provided ones (ne, lt, max,
// clamp, Iterator's adaptors, write_fmt...) come with the trait and are callable.
use std::cmp::Ordering;
use std::fmt::Write;

#[derive(Debug, Eq)]
struct Version(u32, u32);

impl PartialEq for Version {
    fn eq(&self, other: &Version) -> bool {
        self.0 == other.0 && self.1 == other.1
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Version) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Version) -> Ordering {
        (self.0, self.1).cmp(&(other.0, other.1))
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            return None;
        }
        self.0 -= 1;
        Some(self.0)
    }
}

struct Upper(String);

impl Write for Upper {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.push_str(&s.to_uppercase());
        Ok(())
    }
}

fn main() {
    let a = Version(1, 2);
    let b = Version(1, 10);
    println!("{} {} {} {}", a != b, a < b, a >= b, b > a);
    println!("{:?}", Version(0, 9).max(Version(0, 3)));
    println!("{:?}", Version(5, 0).clamp(Version(1, 0), Version(2, 0)));
    let evens: Vec<u32> = Countdown(10).filter(|n| n % 2 == 0).collect();
    println!("{:?} {:?} {}", evens, Countdown(4).max(), Countdown(5).map(|n| n * n).sum::<u32>());
    let mut up = Upper(String::new());
    write!(up, "v{}.{}", a.0, b.1).unwrap();
    up.write_char('!').unwrap();
    println!("{}", up.0);
}
