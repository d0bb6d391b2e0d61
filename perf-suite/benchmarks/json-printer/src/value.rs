//! The document model: a JSON value, with objects as ordered lists of members (JSON allows
//! duplicate keys, and printing keeps the order the document had).

use crate::number::Number;
use crate::text::Text;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(Number),
    Str(Text),
    Array(Vec<Json>),
    Object(Vec<Member>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub key: Text,
    pub value: Json,
}

impl Member {
    pub fn new(key: &str, value: Json) -> Member {
        Member {
            key: Text::from_str(key),
            value,
        }
    }
}

/// The six kinds of value, in the order JSON Schema lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Null,
    Bool,
    Number,
    Str,
    Array,
    Object,
}

impl Kind {
    pub fn name(&self) -> &str {
        match self {
            Kind::Null => "null",
            Kind::Bool => "boolean",
            Kind::Number => "number",
            Kind::Str => "string",
            Kind::Array => "array",
            Kind::Object => "object",
        }
    }

    pub fn index(&self) -> usize {
        match self {
            Kind::Null => 0,
            Kind::Bool => 1,
            Kind::Number => 2,
            Kind::Str => 3,
            Kind::Array => 4,
            Kind::Object => 5,
        }
    }
}

pub const KINDS: [Kind; 6] = [
    Kind::Null,
    Kind::Bool,
    Kind::Number,
    Kind::Str,
    Kind::Array,
    Kind::Object,
];

impl Json {
    pub fn str(s: &str) -> Json {
        Json::Str(Text::from_str(s))
    }

    pub fn int(v: i64) -> Json {
        Json::Number(Number::from_i64(v))
    }

    pub fn kind(&self) -> Kind {
        match self {
            Json::Null => Kind::Null,
            Json::Bool(_) => Kind::Bool,
            Json::Number(_) => Kind::Number,
            Json::Str(_) => Kind::Str,
            Json::Array(_) => Kind::Array,
            Json::Object(_) => Kind::Object,
        }
    }

    pub fn is_container(&self) -> bool {
        match self {
            Json::Array(_) | Json::Object(_) => true,
            _ => false,
        }
    }

    /// The value of the last member named `key` (later duplicates win, as most parsers do).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => {
                let mut i = members.len();
                while i > 0 {
                    i -= 1;
                    if members[i].key.equals_str(key) {
                        return Some(&members[i].value);
                    }
                }
                None
            }
            _ => None,
        }
    }

    pub fn at(&self, index: usize) -> Option<&Json> {
        match self {
            Json::Array(items) => items.get(index),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Number(n) => n.to_i64(),
            _ => None,
        }
    }

    pub fn as_text(&self) -> Option<&Text> {
        match self {
            Json::Str(t) => Some(t),
            _ => None,
        }
    }

    /// Nesting depth: 1 for a scalar or an empty container.
    pub fn depth(&self) -> usize {
        let mut deepest = 0;
        match self {
            Json::Array(items) => {
                for v in items.iter() {
                    deepest = deepest.max(v.depth());
                }
            }
            Json::Object(members) => {
                for m in members.iter() {
                    deepest = deepest.max(m.value.depth());
                }
            }
            _ => {}
        }
        deepest + 1
    }

    /// Every value in the tree, this one included.
    pub fn node_count(&self) -> usize {
        let mut n = 1;
        match self {
            Json::Array(items) => {
                for v in items.iter() {
                    n += v.node_count();
                }
            }
            Json::Object(members) => {
                for m in members.iter() {
                    n += m.value.node_count();
                }
            }
            _ => {}
        }
        n
    }

    /// A copy with the members of every object sorted by key (stable: duplicates keep order).
    pub fn sorted_keys(&self) -> Json {
        match self {
            Json::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for v in items.iter() {
                    out.push(v.sorted_keys());
                }
                Json::Array(out)
            }
            Json::Object(members) => {
                let mut out = Vec::with_capacity(members.len());
                for m in members.iter() {
                    out.push(Member {
                        key: m.key.clone(),
                        value: m.value.sorted_keys(),
                    });
                }
                merge_sort_members(&mut out);
                Json::Object(out)
            }
            other => other.clone(),
        }
    }

    /// A copy in which each object keeps only the last member of each key.
    pub fn deduplicated(&self) -> Json {
        match self {
            Json::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for v in items.iter() {
                    out.push(v.deduplicated());
                }
                Json::Array(out)
            }
            Json::Object(members) => {
                let mut out: Vec<Member> = Vec::new();
                for m in members.iter() {
                    let value = m.value.deduplicated();
                    let mut replaced = false;
                    for existing in out.iter_mut() {
                        if existing.key == m.key {
                            existing.value = value.clone();
                            replaced = true;
                            break;
                        }
                    }
                    if !replaced {
                        out.push(Member {
                            key: m.key.clone(),
                            value,
                        });
                    }
                }
                Json::Object(out)
            }
            other => other.clone(),
        }
    }

    /// Structural equality that ignores member order and compares numbers by value.
    pub fn same_as(&self, other: &Json) -> bool {
        match (self, other) {
            (Json::Number(a), Json::Number(b)) => a.compare(b) == 0,
            (Json::Array(a), Json::Array(b)) => {
                if a.len() != b.len() {
                    return false;
                }
                let mut i = 0;
                while i < a.len() {
                    if !a[i].same_as(&b[i]) {
                        return false;
                    }
                    i += 1;
                }
                true
            }
            (Json::Object(_), Json::Object(_)) => {
                let a = self.deduplicated().sorted_keys();
                let b = other.deduplicated().sorted_keys();
                match (&a, &b) {
                    (Json::Object(ma), Json::Object(mb)) => {
                        if ma.len() != mb.len() {
                            return false;
                        }
                        let mut i = 0;
                        while i < ma.len() {
                            if ma[i].key != mb[i].key || !ma[i].value.same_as(&mb[i].value) {
                                return false;
                            }
                            i += 1;
                        }
                        true
                    }
                    _ => false,
                }
            }
            _ => self == other,
        }
    }
}

/// `as_i64` of an optional value, for chains of lookups.
pub fn int_of(v: Option<&Json>) -> Option<i64> {
    match v {
        Some(x) => x.as_i64(),
        None => None,
    }
}

/// A stable merge sort of members by key (`Vec::sort` would need `Ord` on whole values).
pub fn merge_sort_members(members: &mut Vec<Member>) {
    let n = members.len();
    if n < 2 {
        return;
    }
    let mut buffer: Vec<Member> = members.clone();
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let mut i = lo;
            let mut j = mid;
            let mut k = lo;
            while k < hi {
                let take_left = i < mid && (j >= hi || members[i].key <= members[j].key);
                if take_left {
                    buffer[k] = members[i].clone();
                    i += 1;
                } else {
                    buffer[k] = members[j].clone();
                    j += 1;
                }
                k += 1;
            }
            lo = hi;
        }
        let mut k = 0;
        while k < n {
            members[k] = buffer[k].clone();
            k += 1;
        }
        width *= 2;
    }
}
