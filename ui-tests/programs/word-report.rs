//@ run-pass
//@ check-run-results
//@ edition: 2021
// A word-frequency report over a few paragraphs: splitting and trimming text, lowercasing,
// HashMap entry counting, BTreeMap grouping by length, sorting by (count desc, word asc),
// width/alignment/precision formatting, and a struct with a Display impl.
use std::collections::{BTreeMap, HashMap};
use std::fmt;

const TEXT: &str = "The river runs past the mill, and the mill turns slowly.
A miller sits by the river; the miller counts sacks of grain.
Grain comes in, flour goes out, and the river never stops.
Nobody asks the river where it goes. The mill only asks for water.";

struct WordStat {
    word: String,
    count: usize,
    first_line: usize,
}

impl fmt::Display for WordStat {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<8} {:>3}  (line {})", self.word, self.count, self.first_line)
    }
}

fn normalize(raw: &str) -> Option<String> {
    let trimmed = raw.trim_matches(|c: char| !c.is_alphanumeric());
    if trimmed.is_empty() {
        None
    } else {
        Some(trimmed.to_lowercase())
    }
}

fn count_words(text: &str) -> Vec<WordStat> {
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    for (line_no, line) in text.lines().enumerate() {
        for raw in line.split_whitespace() {
            if let Some(word) = normalize(raw) {
                let entry = counts.entry(word).or_insert((0, line_no + 1));
                entry.0 += 1;
            }
        }
    }
    let mut stats: Vec<WordStat> = counts
        .into_iter()
        .map(|(word, (count, first_line))| WordStat { word, count, first_line })
        .collect();
    stats.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.word.cmp(&b.word)));
    stats
}

fn by_length(stats: &[WordStat]) -> BTreeMap<usize, Vec<&str>> {
    let mut groups: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for s in stats {
        groups.entry(s.word.len()).or_default().push(s.word.as_str());
    }
    for words in groups.values_mut() {
        words.sort();
    }
    groups
}

fn histogram_bar(count: usize, max: usize, width: usize) -> String {
    let filled = if max == 0 { 0 } else { count * width / max };
    let mut bar = String::new();
    for i in 0..width {
        bar.push(if i < filled { '#' } else { '.' });
    }
    bar
}

fn main() {
    let stats = count_words(TEXT);
    let total: usize = stats.iter().map(|s| s.count).sum();
    let distinct = stats.len();
    println!("lines: {}", TEXT.lines().count());
    println!("words: {} total, {} distinct", total, distinct);
    println!("lexical density: {:.3}", distinct as f64 / total as f64);
    println!();

    println!("top words:");
    let max = stats.first().map(|s| s.count).unwrap_or(0);
    for (rank, s) in stats.iter().take(8).enumerate() {
        let share = 100.0 * s.count as f64 / total as f64;
        println!("{:>2}. {} {:>5.1}% |{}|", rank + 1, s, share, histogram_bar(s.count, max, 12));
    }
    println!();

    println!("words seen once: {}", stats.iter().filter(|s| s.count == 1).count());
    let longest = stats
        .iter()
        .max_by(|a, b| a.word.len().cmp(&b.word.len()).then_with(|| b.word.cmp(&a.word)))
        .map(|s| s.word.clone())
        .unwrap_or_default();
    println!("longest word: {:?} ({} letters)", longest, longest.len());
    println!();

    println!("by length:");
    for (len, words) in by_length(&stats) {
        let shown: Vec<&str> = words.iter().take(5).copied().collect();
        let more = words.len().saturating_sub(shown.len());
        if more > 0 {
            println!("{:>2}: {} (+{} more)", len, shown.join(", "), more);
        } else {
            println!("{:>2}: {}", len, shown.join(", "));
        }
    }

    let mut initials: BTreeMap<char, usize> = BTreeMap::new();
    for s in &stats {
        if let Some(c) = s.word.chars().next() {
            *initials.entry(c).or_insert(0) += s.count;
        }
    }
    let line: Vec<String> = initials.iter().map(|(c, n)| format!("{}={}", c, n)).collect();
    println!();
    println!("initials: {}", line.join(" "));
}
