//@ run-pass
//@ check-run-results

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut words: Vec<(String, u32)> = Vec::new();
    for w in text.split_whitespace() {
        let mut found = false;
        for entry in words.iter_mut() {
            if entry.0 == w {
                entry.1 += 1;
                found = true;
            }
        }
        if !found {
            words.push((w.to_string(), 1));
        }
    }
    words.sort_by_key_like();
    for (w, n) in &words {
        println!("{:>6}: {}", w, n);
    }
    let longest = max_by_len(text);
    println!("longest: {}", longest);
}

trait SortByCount {
    fn sort_by_key_like(&mut self);
}

impl SortByCount for Vec<(String, u32)> {
    fn sort_by_key_like(&mut self) {
        let n = self.len();
        for i in 0..n {
            for j in 0..n - 1 - i {
                if self[j].1 < self[j + 1].1 || (self[j].1 == self[j + 1].1 && self[j].0 > self[j + 1].0) {
                    self.swap(j, j + 1);
                }
            }
        }
    }
}

fn max_by_len(text: &str) -> &str {
    let mut best = "";
    for w in text.split_whitespace() {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}
