//! Strings of Unicode code points. JSON strings may hold any code point, escaped or not; keeping
//! them as code points makes escaping, comparison and surrogate handling exact, and the printer
//! writes non-ASCII as `\u` escapes so that every output is plain ASCII.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Text {
    cps: Vec<u32>,
}

/// The largest code point, and the surrogate range that JSON encodes in pairs.
pub const MAX_CODE_POINT: u32 = 0x10FFFF;
pub const SURROGATE_LOW: u32 = 0xD800;
pub const SURROGATE_HIGH: u32 = 0xDFFF;

impl Text {
    pub fn new() -> Text {
        Text { cps: Vec::new() }
    }

    pub fn from_str(s: &str) -> Text {
        let mut t = Text::new();
        for c in s.chars() {
            t.cps.push(c as u32);
        }
        t
    }

    pub fn push(&mut self, cp: u32) {
        self.cps.push(cp);
    }

    pub fn push_text(&mut self, other: &Text) {
        self.cps.extend_from_slice(&other.cps);
    }

    pub fn len(&self) -> usize {
        self.cps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cps.is_empty()
    }

    pub fn code_points(&self) -> &[u32] {
        &self.cps
    }

    pub fn is_ascii(&self) -> bool {
        for cp in self.cps.iter() {
            if *cp >= 128 {
                return false;
            }
        }
        true
    }

    /// The text as a Rust string, with every non-ASCII code point shown as `?`.
    pub fn to_ascii_lossy(&self) -> String {
        let mut s = String::new();
        for cp in self.cps.iter() {
            if *cp < 128 {
                s.push(*cp as u8 as char);
            } else {
                s.push('?');
            }
        }
        s
    }

    pub fn equals_str(&self, s: &str) -> bool {
        let mut i = 0;
        for c in s.chars() {
            if i >= self.cps.len() || self.cps[i] != c as u32 {
                return false;
            }
            i += 1;
        }
        i == self.cps.len()
    }

    pub fn starts_with(&self, prefix: &Text) -> bool {
        if prefix.cps.len() > self.cps.len() {
            return false;
        }
        let mut i = 0;
        while i < prefix.cps.len() {
            if self.cps[i] != prefix.cps[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    /// The text as a quoted JSON string literal, in ASCII: `"`, `\` and control characters are
    /// escaped, non-ASCII code points become `\uXXXX` (two of them above U+FFFF).
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        out.push('"');
        for cp in self.cps.iter() {
            escape_into(&mut out, *cp);
        }
        out.push('"');
        out
    }
}

fn hex4(out: &mut String, v: u32) {
    let digits = [(v >> 12) & 15, (v >> 8) & 15, (v >> 4) & 15, v & 15];
    for d in digits.iter() {
        match char::from_digit(*d, 16) {
            Some(c) => out.push(c),
            None => out.push('0'),
        }
    }
}

pub fn escape_into(out: &mut String, cp: u32) {
    match cp {
        0x22 => out.push_str("\\\""),
        0x5C => out.push_str("\\\\"),
        0x08 => out.push_str("\\b"),
        0x0C => out.push_str("\\f"),
        0x0A => out.push_str("\\n"),
        0x0D => out.push_str("\\r"),
        0x09 => out.push_str("\\t"),
        0x20..=0x7E => out.push(cp as u8 as char),
        0x10000..=MAX_CODE_POINT => {
            let v = cp - 0x10000;
            out.push_str("\\u");
            hex4(out, 0xD800 + (v >> 10));
            out.push_str("\\u");
            hex4(out, 0xDC00 + (v & 0x3FF));
        }
        _ => {
            out.push_str("\\u");
            hex4(out, cp);
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.to_ascii_lossy())
    }
}
