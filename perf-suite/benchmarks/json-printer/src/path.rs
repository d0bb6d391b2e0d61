//! Paths into a document: `store.books[2].title`, `items[*].id`, `["key with spaces"]`.
//! Selecting returns copies of the matching values; setting and removing edit in place.

use crate::text::Text;
use crate::value::{Json, Member};

#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    Key(Text),
    Index(usize),
    /// Every element of an array or every member value of an object.
    Wildcard,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PathError {
    pub message: String,
    pub at: usize,
}

fn path_error(message: &str, at: usize) -> PathError {
    PathError {
        message: message.to_string(),
        at,
    }
}

pub fn parse_path(path: &str) -> Result<Vec<Segment>, PathError> {
    let mut chars = Vec::new();
    for c in path.chars() {
        chars.push(c);
    }
    let mut segments = Vec::new();
    let mut i = 0;
    if i < chars.len() && chars[i] == '$' {
        i += 1;
    }
    while i < chars.len() {
        let c = chars[i];
        if c == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                segments.push(Segment::Wildcard);
                i += 1;
                continue;
            }
            let (name, next) = read_name(&chars, i)?;
            segments.push(Segment::Key(name));
            i = next;
        } else if c == '[' {
            i += 1;
            if i >= chars.len() {
                return Err(path_error("unterminated `[`", i));
            }
            if chars[i] == '*' {
                segments.push(Segment::Wildcard);
                i += 1;
            } else if chars[i] == '"' {
                let (key, next) = read_quoted(&chars, i)?;
                segments.push(Segment::Key(key));
                i = next;
            } else {
                let (index, next) = read_index(&chars, i)?;
                segments.push(Segment::Index(index));
                i = next;
            }
            if i >= chars.len() || chars[i] != ']' {
                return Err(path_error("expected `]`", i));
            }
            i += 1;
        } else if segments.is_empty() {
            let (name, next) = read_name(&chars, i)?;
            segments.push(Segment::Key(name));
            i = next;
        } else {
            return Err(path_error("expected `.` or `[`", i));
        }
    }
    Ok(segments)
}

fn read_name(chars: &[char], start: usize) -> Result<(Text, usize), PathError> {
    let mut name = Text::new();
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphabetic() || c.is_ascii_digit() || c == '_' || c == '-' {
            name.push(c as u32);
            i += 1;
        } else {
            break;
        }
    }
    if name.is_empty() {
        return Err(path_error("expected a key", start));
    }
    Ok((name, i))
}

fn read_quoted(chars: &[char], start: usize) -> Result<(Text, usize), PathError> {
    let mut key = Text::new();
    let mut i = start + 1;
    while i < chars.len() {
        match chars[i] {
            '"' => return Ok((key, i + 1)),
            '\\' if i + 1 < chars.len() => {
                key.push(chars[i + 1] as u32);
                i += 2;
            }
            c => {
                key.push(c as u32);
                i += 1;
            }
        }
    }
    Err(path_error("unterminated quoted key", start))
}

fn read_index(chars: &[char], start: usize) -> Result<(usize, usize), PathError> {
    let mut value: usize = 0;
    let mut i = start;
    while i < chars.len() {
        match chars[i].to_digit(10) {
            Some(d) => {
                value = match value.checked_mul(10) {
                    Some(v) => v + d as usize,
                    None => return Err(path_error("index too large", start)),
                };
                i += 1;
            }
            None => break,
        }
    }
    if i == start {
        return Err(path_error("expected an index", start));
    }
    Ok((value, i))
}

/// Copies of every value the path reaches.
pub fn select(root: &Json, path: &[Segment]) -> Vec<Json> {
    let mut current = vec![root.clone()];
    for seg in path.iter() {
        let mut next = Vec::new();
        for v in current.iter() {
            match (seg, v) {
                (Segment::Key(k), Json::Object(members)) => {
                    let mut found: Option<&Json> = None;
                    for m in members.iter() {
                        if m.key == *k {
                            found = Some(&m.value);
                        }
                    }
                    match found {
                        Some(x) => next.push(x.clone()),
                        None => {}
                    }
                }
                (Segment::Index(i), Json::Array(items)) => match items.get(*i) {
                    Some(x) => next.push(x.clone()),
                    None => {}
                },
                (Segment::Wildcard, Json::Array(items)) => {
                    for x in items.iter() {
                        next.push(x.clone());
                    }
                }
                (Segment::Wildcard, Json::Object(members)) => {
                    for m in members.iter() {
                        next.push(m.value.clone());
                    }
                }
                _ => {}
            }
        }
        current = next;
    }
    current
}

/// Sets the value at `path` (no wildcards), creating object members on the way. False if the
/// path runs through a scalar or past the end of an array.
pub fn set(root: &mut Json, path: &[Segment], value: Json) -> bool {
    if path.is_empty() {
        *root = value;
        return true;
    }
    match (&path[0], root) {
        (Segment::Key(k), Json::Object(members)) => {
            let mut i = members.len();
            while i > 0 {
                i -= 1;
                if members[i].key == *k {
                    return set(&mut members[i].value, &path[1..], value);
                }
            }
            let mut fresh = if path.len() > 1 {
                Json::Object(Vec::new())
            } else {
                Json::Null
            };
            let ok = set(&mut fresh, &path[1..], value);
            members.push(Member {
                key: k.clone(),
                value: fresh,
            });
            ok
        }
        (Segment::Index(i), Json::Array(items)) => match items.get_mut(*i) {
            Some(slot) => set(slot, &path[1..], value),
            None => false,
        },
        _ => false,
    }
}

/// Removes the member or element at `path`; returns it.
pub fn remove(root: &mut Json, path: &[Segment]) -> Option<Json> {
    if path.is_empty() {
        return None;
    }
    if path.len() > 1 {
        let child = match (&path[0], root) {
            (Segment::Key(k), Json::Object(members)) => {
                let mut found: Option<&mut Json> = None;
                for m in members.iter_mut() {
                    if m.key == *k {
                        found = Some(&mut m.value);
                    }
                }
                found
            }
            (Segment::Index(i), Json::Array(items)) => items.get_mut(*i),
            _ => None,
        };
        return match child {
            Some(c) => remove(c, &path[1..]),
            None => None,
        };
    }
    match (&path[0], root) {
        (Segment::Key(k), Json::Object(members)) => {
            let mut i = members.len();
            while i > 0 {
                i -= 1;
                if members[i].key == *k {
                    return Some(members.remove(i).value);
                }
            }
            None
        }
        (Segment::Index(i), Json::Array(items)) => {
            if *i < items.len() {
                Some(items.remove(*i))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The path back as text, in the canonical form `parse_path` reads.
pub fn path_to_string(path: &[Segment]) -> String {
    let mut out = String::from("$");
    for seg in path.iter() {
        match seg {
            Segment::Key(k) => {
                let plain = !k.is_empty() && k.is_ascii() && simple_key(k);
                if plain {
                    out.push('.');
                    out.push_str(&k.to_ascii_lossy());
                } else {
                    out.push('[');
                    out.push_str(&k.to_json());
                    out.push(']');
                }
            }
            Segment::Index(i) => out.push_str(&format!("[{}]", i)),
            Segment::Wildcard => out.push_str("[*]"),
        }
    }
    out
}

fn simple_key(k: &Text) -> bool {
    for cp in k.code_points().iter() {
        let c = *cp as u8 as char;
        if !(c.is_alphabetic() || c.is_ascii_digit() || c == '_' || c == '-') {
            return false;
        }
    }
    true
}
