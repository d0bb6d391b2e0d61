//! Run-time values and the heap of lists, shared by the tree-walking interpreter and the VM.
//! Lists live in the heap and values hold handles, so lists are shared by reference as in most
//! scripting languages; strings are immutable and copied.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Unit,
    Int(i64),
    Bool(bool),
    Str(String),
    List(usize),
    Func(usize),
    Builtin(usize),
}

impl Value {
    pub fn type_name(&self) -> &str {
        match self {
            Value::Unit => "unit",
            Value::Int(_) => "int",
            Value::Bool(_) => "bool",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Func(_) | Value::Builtin(_) => "fn",
        }
    }

    pub fn as_int(&self) -> Result<i64, String> {
        match self {
            Value::Int(v) => Ok(*v),
            other => Err(format!("expected an int, found a {}", other.type_name())),
        }
    }

    pub fn as_bool(&self) -> Result<bool, String> {
        match self {
            Value::Bool(b) => Ok(*b),
            other => Err(format!("expected a bool, found a {}", other.type_name())),
        }
    }

    pub fn as_str(&self) -> Result<&str, String> {
        match self {
            Value::Str(s) => Ok(s.as_str()),
            other => Err(format!("expected a str, found a {}", other.type_name())),
        }
    }

    pub fn as_list(&self) -> Result<usize, String> {
        match self {
            Value::List(h) => Ok(*h),
            other => Err(format!("expected a list, found a {}", other.type_name())),
        }
    }

    /// Equality as the language defines it: by value for scalars and strings, by identity for
    /// lists and functions.
    pub fn same(&self, other: &Value) -> bool {
        self == other
    }
}

/// How many levels of nested lists `format_value` prints before writing `[...]`, so that a list
/// that contains itself still prints.
const PRINT_DEPTH: usize = 6;

#[derive(Debug, Default)]
pub struct Heap {
    lists: Vec<Vec<Value>>,
    pub cells_allocated: usize,
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            lists: Vec::new(),
            cells_allocated: 0,
        }
    }

    pub fn alloc(&mut self, items: Vec<Value>) -> Value {
        self.cells_allocated += items.len() + 1;
        self.lists.push(items);
        Value::List(self.lists.len() - 1)
    }

    pub fn list(&self, handle: usize) -> &Vec<Value> {
        &self.lists[handle]
    }

    pub fn list_mut(&mut self, handle: usize) -> &mut Vec<Value> {
        &mut self.lists[handle]
    }

    pub fn count(&self) -> usize {
        self.lists.len()
    }

    pub fn get(&self, handle: usize, index: i64) -> Result<Value, String> {
        let items = self.list(handle);
        if index < 0 || index as usize >= items.len() {
            return Err(format!(
                "index {} out of bounds for a list of length {}",
                index,
                items.len()
            ));
        }
        Ok(items[index as usize].clone())
    }

    pub fn set(&mut self, handle: usize, index: i64, value: Value) -> Result<(), String> {
        let items = self.list_mut(handle);
        if index < 0 || index as usize >= items.len() {
            return Err(format!(
                "index {} out of bounds for a list of length {}",
                index,
                items.len()
            ));
        }
        items[index as usize] = value;
        Ok(())
    }

    /// `print` shows strings raw; inside lists (and with `quoted`) they are quoted and escaped.
    pub fn format_value(&self, v: &Value, quoted: bool) -> String {
        let mut out = String::new();
        self.write_value(&mut out, v, quoted, 0);
        out
    }

    fn write_value(&self, out: &mut String, v: &Value, quoted: bool, depth: usize) {
        match v {
            Value::Unit => out.push_str("()"),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Str(s) => {
                if quoted {
                    out.push_str(&escape(s));
                } else {
                    out.push_str(s);
                }
            }
            Value::Func(i) => out.push_str(&format!("<fn #{}>", i)),
            Value::Builtin(i) => out.push_str(&format!("<builtin #{}>", i)),
            Value::List(h) => {
                if depth >= PRINT_DEPTH {
                    out.push_str("[...]");
                    return;
                }
                out.push('[');
                for (i, item) in self.list(*h).iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_value(out, item, true, depth + 1);
                }
                out.push(']');
            }
        }
    }
}

/// A string as a Tern literal: quoted, with `\n`, `\t`, `\0`, `\\` and `\"` escaped.
pub fn escape(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            _ => {
                let code = c as u32;
                if code < 32 || code == 127 {
                    out.push_str("\\x");
                    out.push(hex_digit(code / 16));
                    out.push(hex_digit(code % 16));
                } else {
                    out.push(c);
                }
            }
        }
    }
    out.push('"');
    out
}

fn hex_digit(d: u32) -> char {
    match char::from_digit(d, 16) {
        Some(c) => c,
        None => '?',
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::List(h) => write!(f, "<list #{}>", h),
            Value::Str(s) => write!(f, "{}", escape(s)),
            Value::Int(i) => write!(f, "{}", i),
            Value::Bool(b) => write!(f, "{}", b),
            Value::Unit => write!(f, "()"),
            Value::Func(i) => write!(f, "<fn #{}>", i),
            Value::Builtin(i) => write!(f, "<builtin #{}>", i),
        }
    }
}
