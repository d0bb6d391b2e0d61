//! The builtin functions: their names and arities (for the resolver and the VM compiler), and
//! one implementation that both evaluators call, so they cannot disagree. Type schemes live in
//! the type checker.

use crate::value::{Heap, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Print,
    Len,
    Push,
    Pop,
    Str,
    Strlen,
    Substr,
    CharAt,
    Ord,
    Chr,
    ParseInt,
    Abs,
    Min,
    Max,
    Assert,
    List,
    Sort,
    Join,
    Split,
    Copy,
    Swap,
    Contains,
    Write,
}

/// The index of `len`, which the VM compiler calls to run `for x in list` loops.
pub const LEN: usize = 1;

pub const COUNT: usize = 23;

pub const NAMES: [&str; COUNT] = [
    "print",
    "len",
    "push",
    "pop",
    "str",
    "strlen",
    "substr",
    "char_at",
    "ord",
    "chr",
    "parse_int",
    "abs",
    "min",
    "max",
    "assert",
    "list",
    "sort",
    "join",
    "split",
    "copy",
    "swap",
    "contains",
    "write",
];

pub const ALL: [Builtin; COUNT] = [
    Builtin::Print,
    Builtin::Len,
    Builtin::Push,
    Builtin::Pop,
    Builtin::Str,
    Builtin::Strlen,
    Builtin::Substr,
    Builtin::CharAt,
    Builtin::Ord,
    Builtin::Chr,
    Builtin::ParseInt,
    Builtin::Abs,
    Builtin::Min,
    Builtin::Max,
    Builtin::Assert,
    Builtin::List,
    Builtin::Sort,
    Builtin::Join,
    Builtin::Split,
    Builtin::Copy,
    Builtin::Swap,
    Builtin::Contains,
    Builtin::Write,
];

pub const ARITY: [usize; COUNT] = [
    1, 1, 2, 1, 1, 1, 3, 2, 1, 1, 1, 1, 2, 2, 2, 2, 1, 2, 1, 1, 3, 2, 1,
];

/// The longest list `list(n, x)` may build, so a wrong program fails instead of eating memory.
const MAX_LIST: i64 = 1_000_000;

pub fn lookup(name: &str) -> Option<usize> {
    let mut i = 0;
    while i < COUNT {
        if NAMES[i] == name {
            return Some(i);
        }
        i += 1;
    }
    None
}

pub fn name(id: usize) -> String {
    NAMES[id].to_string()
}

/// Calls builtin `id`. Output goes to `out`; an error is a message, to which the caller adds
/// the position.
pub fn call(id: usize, args: &[Value], heap: &mut Heap, out: &mut String) -> Result<Value, String> {
    if args.len() != ARITY[id] {
        return Err(format!(
            "`{}` takes {} arguments but {} were supplied",
            NAMES[id],
            ARITY[id],
            args.len()
        ));
    }
    match ALL[id] {
        Builtin::Print => {
            out.push_str(&heap.format_value(&args[0], false));
            out.push('\n');
            Ok(Value::Unit)
        }
        Builtin::Write => {
            out.push_str(&heap.format_value(&args[0], false));
            Ok(Value::Unit)
        }
        Builtin::Len => {
            let h = args[0].as_list()?;
            Ok(Value::Int(heap.list(h).len() as i64))
        }
        Builtin::Push => {
            let h = args[0].as_list()?;
            heap.list_mut(h).push(args[1].clone());
            heap.cells_allocated += 1;
            Ok(Value::Unit)
        }
        Builtin::Pop => {
            let h = args[0].as_list()?;
            match heap.list_mut(h).pop() {
                Some(v) => Ok(v),
                None => Err("`pop` from an empty list".to_string()),
            }
        }
        Builtin::Str => Ok(Value::Str(heap.format_value(&args[0], false))),
        Builtin::Strlen => {
            let s = args[0].as_str()?;
            Ok(Value::Int(char_count(s) as i64))
        }
        Builtin::Substr => substr(args[0].as_str()?, args[1].as_int()?, args[2].as_int()?),
        Builtin::CharAt => {
            let s = args[0].as_str()?;
            let i = args[1].as_int()?;
            substr(s, i, 1)
        }
        Builtin::Ord => {
            let s = args[0].as_str()?;
            for c in s.chars() {
                return Ok(Value::Int(c as u32 as i64));
            }
            Err("`ord` of an empty string".to_string())
        }
        Builtin::Chr => {
            let code = args[0].as_int()?;
            if code < 0 || code > 127 {
                return Err(format!("`chr`: {} is not an ASCII code", code));
            }
            let mut s = String::new();
            s.push(code as u8 as char);
            Ok(Value::Str(s))
        }
        Builtin::ParseInt => parse_int(args[0].as_str()?),
        Builtin::Abs => {
            let v = args[0].as_int()?;
            match v.checked_abs() {
                Some(a) => Ok(Value::Int(a)),
                None => Err("integer overflow in `abs`".to_string()),
            }
        }
        Builtin::Min => Ok(Value::Int(args[0].as_int()?.min(args[1].as_int()?))),
        Builtin::Max => Ok(Value::Int(args[0].as_int()?.max(args[1].as_int()?))),
        Builtin::Assert => {
            if args[0].as_bool()? {
                Ok(Value::Unit)
            } else {
                Err(format!("assertion failed: {}", args[1].as_str()?))
            }
        }
        Builtin::List => {
            let n = args[0].as_int()?;
            if n < 0 || n > MAX_LIST {
                return Err(format!("`list`: bad length {}", n));
            }
            let mut items = Vec::with_capacity(n as usize);
            let mut i = 0;
            while i < n {
                items.push(args[1].clone());
                i += 1;
            }
            Ok(heap.alloc(items))
        }
        Builtin::Sort => {
            let h = args[0].as_list()?;
            let mut ints = Vec::new();
            for v in heap.list(h).iter() {
                ints.push(v.as_int()?);
            }
            ints.sort();
            let items = heap.list_mut(h);
            for (i, v) in ints.iter().enumerate() {
                items[i] = Value::Int(*v);
            }
            Ok(Value::Unit)
        }
        Builtin::Join => {
            let h = args[0].as_list()?;
            let sep = args[1].as_str()?;
            let mut s = String::new();
            for (i, v) in heap.list(h).iter().enumerate() {
                if i > 0 {
                    s.push_str(sep);
                }
                s.push_str(v.as_str()?);
            }
            Ok(Value::Str(s))
        }
        Builtin::Split => {
            let s = args[0].as_str()?;
            let mut words = Vec::new();
            for w in s.split_whitespace() {
                words.push(Value::Str(w.to_string()));
            }
            Ok(heap.alloc(words))
        }
        Builtin::Copy => {
            let h = args[0].as_list()?;
            let items = heap.list(h).clone();
            Ok(heap.alloc(items))
        }
        Builtin::Swap => {
            let h = args[0].as_list()?;
            let i = args[1].as_int()?;
            let j = args[2].as_int()?;
            let len = heap.list(h).len() as i64;
            if i < 0 || j < 0 || i >= len || j >= len {
                return Err(format!(
                    "`swap`: indices {} and {} out of bounds for length {}",
                    i, j, len
                ));
            }
            heap.list_mut(h).swap(i as usize, j as usize);
            Ok(Value::Unit)
        }
        Builtin::Contains => {
            let h = args[0].as_list()?;
            for v in heap.list(h).iter() {
                if v.same(&args[1]) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}

fn char_count(s: &str) -> usize {
    let mut n = 0;
    for _ in s.chars() {
        n += 1;
    }
    n
}

/// Characters `start .. start + len` of `s`.
fn substr(s: &str, start: i64, len: i64) -> Result<Value, String> {
    let total = char_count(s) as i64;
    if start < 0 || len < 0 || start + len > total {
        return Err(format!(
            "substring {}..{} out of bounds for a string of length {}",
            start,
            start + len,
            total
        ));
    }
    let mut out = String::new();
    let mut i: i64 = 0;
    for c in s.chars() {
        if i >= start + len {
            break;
        }
        if i >= start {
            out.push(c);
        }
        i += 1;
    }
    Ok(Value::Str(out))
}

fn parse_int(s: &str) -> Result<Value, String> {
    let t = s.trim();
    match t.parse::<i64>() {
        Ok(v) => Ok(Value::Int(v)),
        Err(_) => Err(format!("`parse_int`: `{}` is not a number", t)),
    }
}
