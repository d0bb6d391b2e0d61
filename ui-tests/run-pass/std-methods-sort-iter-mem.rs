//@ run-pass
//@ check-run-results
// std methods the back end lowers: sort_by/sort_by_key, chunks/windows, trim_start/trim_end,
// as_bytes, filter_map, flat_map, max_by/min_by(_key) with ties, next_back, peekable, mem::replace
// and mem::take, Ordering's then/then_with/reverse, a user Ord impl through cmp/max/min/clamp and
// sort, and Box<dyn Trait>::as_ref.
use std::cmp::Ordering;
use std::mem;

#[derive(Debug, PartialEq, Eq)]
struct Task {
    name: &'static str,
    prio: u8,
}

impl Ord for Task {
    fn cmp(&self, other: &Task) -> Ordering {
        self.prio.cmp(&other.prio).then_with(|| other.name.cmp(self.name))
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Task) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

trait Speak {
    fn speak(&self) -> String;
}

struct Dog;

impl Speak for Dog {
    fn speak(&self) -> String {
        "woof".to_string()
    }
}

fn main() {
    let mut words = vec!["pear", "fig", "apple", "kiwi", "banana"];
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    println!("{:?}", words);
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    let nums = [3, 1, 4, 1, 5, 9, 2, 6];
    let chunks: Vec<i32> = nums.chunks(3).map(|c| c.iter().sum()).collect();
    let rising = nums.windows(2).filter(|w| w[0] < w[1]).count();
    println!("{:?} {}", chunks, rising);
    println!("[{}] [{}] {:?}", "  pad  ".trim_start(), "  pad  ".trim_end(), "hé".as_bytes());
    let parsed: Vec<u32> = "4 x 8 15 ? 16".split(' ').filter_map(|t| t.parse().ok()).collect();
    let spread: Vec<char> = vec!["ab", "cd"].iter().flat_map(|s| s.chars()).collect();
    println!("{:?} {:?}", parsed, spread);
    let pairs = [(1, 'a'), (3, 'b'), (3, 'c'), (1, 'd')];
    println!(
        "{:?} {:?} {:?} {:?}",
        pairs.iter().max_by(|x, y| x.0.cmp(&y.0)),
        pairs.iter().min_by(|x, y| x.0.cmp(&y.0)),
        pairs.iter().max_by_key(|p| p.0),
        pairs.iter().min_by_key(|p| p.0)
    );
    let mut it = (1..=5).map(|x| x * 10);
    println!("{:?} {:?} {:?}", it.next_back(), it.next(), it.collect::<Vec<_>>());
    let mut chars = "12+3".chars().peekable();
    let mut digits = String::new();
    while let Some(&c) = chars.peek() {
        if !c.is_ascii_digit() {
            break;
        }
        digits.push(c);
        chars.next();
    }
    println!("{} {:?}", digits, chars.next());
    let mut state = vec![1, 2];
    let old = mem::replace(&mut state, vec![7]);
    let mut count = 5;
    let taken = mem::take(&mut count);
    println!("{:?} {:?} {} {}", old, state, taken, count);
    let o = 1.cmp(&2);
    println!("{:?} {:?} {}", o, o.reverse(), o == Ordering::Less);
    let a = Task { name: "build", prio: 2 };
    let b = Task { name: "alpha", prio: 2 };
    println!("{:?} {}", a.cmp(&b), a < b);
    println!("{:?}", Task { name: "x", prio: 1 }.max(Task { name: "y", prio: 3 }));
    println!("{:?}", Task { name: "z", prio: 9 }.clamp(Task { name: "lo", prio: 1 }, Task { name: "hi", prio: 5 }));
    let mut tasks = vec![a, b, Task { name: "ship", prio: 7 }, Task { name: "idle", prio: 0 }];
    tasks.sort();
    println!("{:?}", tasks.iter().map(|t| t.name).collect::<Vec<_>>());
    let pet: Box<dyn Speak> = Box::new(Dog);
    let r: &dyn Speak = pet.as_ref();
    println!("{}", r.speak());
}
