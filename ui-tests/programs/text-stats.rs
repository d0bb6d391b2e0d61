//@ check-pass
// Word statistics: string processing, HashMap entries, sorting with closures, iterator adaptors,
// struct update syntax, Display, tuple and reference patterns.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Default)]
struct Options {
    min_len: usize,
    top: usize,
    ignore_case: bool,
}

struct Report {
    words: usize,
    unique: usize,
    longest: Option<String>,
    top: Vec<(String, usize)>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "words: {}, unique: {}", self.words, self.unique)?;
        if let Some(w) = &self.longest {
            writeln!(f, "longest: {}", w)?;
        }
        for (i, (w, n)) in self.top.iter().enumerate() {
            writeln!(f, "{:>2}. {:<10} {}", i + 1, w, n)?;
        }
        Ok(())
    }
}

fn normalize(word: &str, opts: &Options) -> Option<String> {
    let trimmed: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
    if trimmed.len() < opts.min_len {
        return None;
    }
    Some(if opts.ignore_case { trimmed.to_lowercase() } else { trimmed })
}

fn analyze(text: &str, opts: &Options) -> Report {
    let words: Vec<String> = text.split_whitespace().filter_map(|w| normalize(w, opts)).collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in &words {
        *counts.entry(w.clone()).or_insert(0) += 1;
    }
    let mut top: Vec<(String, usize)> = counts.iter().map(|(w, n)| (w.clone(), *n)).collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    top.truncate(opts.top);
    let longest = words.iter().max_by_key(|w| w.len()).cloned();
    Report { words: words.len(), unique: counts.len(), longest, top }
}

fn classify(pair: (&str, usize)) -> &'static str {
    match pair {
        (_, 0) => "absent",
        ("the", _) | ("a", _) => "article",
        (w, n) if w.len() > 6 && n > 1 => "long and frequent",
        (_, 1) => "hapax",
        _ => "common",
    }
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!";
    let base = Options { min_len: 1, top: 3, ..Default::default() };
    let opts = Options { ignore_case: true, ..base.clone() };
    let report = analyze(text, &opts);
    print!("{}", report);
    let raw = analyze(text, &base);
    println!("case-sensitive unique: {}", raw.unique);
    for (w, n) in report.top.iter().take(2) {
        println!("{} is {}", w, classify((w.as_str(), *n)));
    }
    let lengths: Vec<usize> = text.split(' ').map(|w| w.len()).rev().skip(1).collect();
    let paired: Vec<(usize, char)> = lengths.iter().zip("abc".chars()).map(|(l, c)| (*l, c)).collect();
    println!("{:?} {:?}", lengths, paired);
    let mut i = 0;
    let chars: Vec<char> = text.chars().collect();
    while i < chars.len() && chars[i] != '.' {
        i += 1;
    }
    println!("first sentence ends at {}", i);
}
