//! The printer: compact or indented output, optionally with sorted keys; short arrays of
//! scalars stay on one line. Output is always ASCII (see `Text::to_json`).

use crate::text::Text;
use crate::value::{Json, Member};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PrintOptions {
    /// Spaces per level; 0 prints everything on one line.
    pub indent: usize,
    pub sort_keys: bool,
    /// Arrays of scalars up to this many characters are printed on one line even when indenting.
    pub inline_limit: usize,
}

impl PrintOptions {
    pub fn compact() -> PrintOptions {
        PrintOptions {
            indent: 0,
            sort_keys: false,
            inline_limit: 0,
        }
    }

    pub fn pretty() -> PrintOptions {
        PrintOptions {
            indent: 2,
            inline_limit: 60,
            ..PrintOptions::compact()
        }
    }

    pub fn canonical() -> PrintOptions {
        PrintOptions {
            sort_keys: true,
            ..PrintOptions::compact()
        }
    }
}

pub fn to_string(v: &Json, options: &PrintOptions) -> String {
    let mut out = String::new();
    write_value(&mut out, v, options, 0);
    if options.indent > 0 {
        out.push('\n');
    }
    out
}

pub fn compact(v: &Json) -> String {
    to_string(v, &PrintOptions::compact())
}

pub fn pretty(v: &Json) -> String {
    to_string(v, &PrintOptions::pretty())
}

fn newline(out: &mut String, options: &PrintOptions, level: usize) {
    out.push('\n');
    let mut n = 0;
    while n < options.indent * level {
        out.push(' ');
        n += 1;
    }
}

fn is_scalar(v: &Json) -> bool {
    !v.is_container()
}

/// The array on one line, if it holds only scalars and fits the limit.
fn inline_array(items: &[Json], options: &PrintOptions) -> Option<String> {
    if options.inline_limit == 0 {
        return None;
    }
    let mut out = String::from("[");
    for (i, v) in items.iter().enumerate() {
        if !is_scalar(v) {
            return None;
        }
        if i > 0 {
            out.push_str(", ");
        }
        write_value(&mut out, v, options, 0);
        if out.len() > options.inline_limit {
            return None;
        }
    }
    out.push(']');
    Some(out)
}

/// The order to print members in: as written, or by key (stable for duplicate keys).
fn member_order(members: &[Member], sort: bool) -> Vec<usize> {
    if !sort {
        let mut order = Vec::with_capacity(members.len());
        for i in 0..members.len() {
            order.push(i);
        }
        return order;
    }
    let mut keyed: Vec<(Text, usize)> = Vec::with_capacity(members.len());
    for (i, m) in members.iter().enumerate() {
        keyed.push((m.key.clone(), i));
    }
    keyed.sort();
    let mut order = Vec::with_capacity(keyed.len());
    for (_, i) in keyed.iter() {
        order.push(*i);
    }
    order
}

fn write_value(out: &mut String, v: &Json, options: &PrintOptions, level: usize) {
    match v {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(&n.to_json()),
        Json::Str(t) => out.push_str(&t.to_json()),
        Json::Array(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            if options.indent > 0 {
                match inline_array(items, options) {
                    Some(line) => {
                        out.push_str(&line);
                        return;
                    }
                    None => {}
                }
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if options.indent > 0 {
                    newline(out, options, level + 1);
                }
                write_value(out, item, options, level + 1);
            }
            if options.indent > 0 {
                newline(out, options, level);
            }
            out.push(']');
        }
        Json::Object(members) => {
            if members.is_empty() {
                out.push_str("{}");
                return;
            }
            let order = member_order(members, options.sort_keys);
            out.push('{');
            for (i, index) in order.iter().enumerate() {
                let m = &members[*index];
                if i > 0 {
                    out.push(',');
                }
                if options.indent > 0 {
                    newline(out, options, level + 1);
                }
                out.push_str(&m.key.to_json());
                out.push(':');
                if options.indent > 0 {
                    out.push(' ');
                }
                write_value(out, &m.value, options, level + 1);
            }
            if options.indent > 0 {
                newline(out, options, level);
            }
            out.push('}');
        }
    }
}
