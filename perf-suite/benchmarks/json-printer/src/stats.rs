//! Statistics of a document: values of each kind, depth, sizes, the exact sum of its numbers.

use crate::number::Number;
use crate::value::{Json, KINDS};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stats {
    pub counts: [usize; 6],
    pub depth: usize,
    pub string_chars: usize,
    pub non_ascii_strings: usize,
    pub number_sum: Number,
    pub integers: usize,
    pub widest_object: usize,
    pub longest_array: usize,
    pub longest_key: usize,
}

pub fn collect(v: &Json) -> Stats {
    let mut s = Stats::default();
    visit(v, &mut s, 1);
    s
}

fn visit(v: &Json, s: &mut Stats, level: usize) {
    s.counts[v.kind().index()] += 1;
    if level > s.depth {
        s.depth = level;
    }
    match v {
        Json::Null | Json::Bool(_) => {}
        Json::Number(n) => {
            s.number_sum = s.number_sum.add(n);
            if n.is_integer() {
                s.integers += 1;
            }
        }
        Json::Str(t) => {
            s.string_chars += t.len();
            if !t.is_ascii() {
                s.non_ascii_strings += 1;
            }
        }
        Json::Array(items) => {
            s.longest_array = s.longest_array.max(items.len());
            for x in items.iter() {
                visit(x, s, level + 1);
            }
        }
        Json::Object(members) => {
            s.widest_object = s.widest_object.max(members.len());
            for m in members.iter() {
                s.longest_key = s.longest_key.max(m.key.len());
                visit(&m.value, s, level + 1);
            }
        }
    }
}

impl Stats {
    pub fn values(&self) -> usize {
        let mut n = 0;
        for c in self.counts.iter() {
            n += *c;
        }
        n
    }

    /// Adds another document's statistics (depth and widths take the maximum).
    pub fn merge(&mut self, other: &Stats) {
        let mut i = 0;
        while i < 6 {
            self.counts[i] += other.counts[i];
            i += 1;
        }
        self.depth = self.depth.max(other.depth);
        self.string_chars += other.string_chars;
        self.non_ascii_strings += other.non_ascii_strings;
        self.number_sum = self.number_sum.add(&other.number_sum);
        self.integers += other.integers;
        self.widest_object = self.widest_object.max(other.widest_object);
        self.longest_array = self.longest_array.max(other.longest_array);
        self.longest_key = self.longest_key.max(other.longest_key);
    }
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} values (", self.values())?;
        for (i, k) in KINDS.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{} {}", self.counts[k.index()], k.name())?;
        }
        write!(
            f,
            "), depth {}, {} string chars ({} non-ASCII strings), {} integers, sum {}",
            self.depth, self.string_chars, self.non_ascii_strings, self.integers, self.number_sum
        )
    }
}
