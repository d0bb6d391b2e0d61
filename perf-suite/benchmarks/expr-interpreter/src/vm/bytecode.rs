//! The instruction set of the stack VM, chunks of code (one per function) and the disassembler.
//! Operators are specialised by the type checker's results (`AddInt` or `Concat`), so the VM
//! dispatches on types far less than the tree-walker.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    Int(i64),
    Bool(bool),
    Str(usize),
    Unit,
    Func(usize),
    Builtin(usize),
    Load(usize),
    Store(usize),
    /// Adds one to an integer local (the counter of a `for` loop).
    IncLocal(usize),
    MakeList(usize),
    Index,
    SetIndex,
    AddInt,
    SubInt,
    MulInt,
    DivInt,
    RemInt,
    Concat,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    Neg,
    Not,
    Eq,
    Ne,
    LtInt,
    LeInt,
    GtInt,
    GeInt,
    LtStr,
    LeStr,
    GtStr,
    GeStr,
    Jump(usize),
    JumpIfFalse(usize),
    JumpIfTrue(usize),
    /// `RangeTest(counter, end, exit)`: jumps to `exit` unless local `counter` < local `end`.
    RangeTest(usize, usize, usize),
    Pop,
    CallFunc(usize, usize),
    CallBuiltin(usize, usize),
    CallValue(usize),
    Return,
}

impl Op {
    pub fn name(&self) -> &str {
        match self {
            Op::Int(_) => "INT",
            Op::Bool(_) => "BOOL",
            Op::Str(_) => "STR",
            Op::Unit => "UNIT",
            Op::Func(_) => "FUNC",
            Op::Builtin(_) => "BUILTIN",
            Op::Load(_) => "LOAD",
            Op::Store(_) => "STORE",
            Op::IncLocal(_) => "INC_LOCAL",
            Op::MakeList(_) => "MAKE_LIST",
            Op::Index => "INDEX",
            Op::SetIndex => "SET_INDEX",
            Op::AddInt => "ADD_INT",
            Op::SubInt => "SUB_INT",
            Op::MulInt => "MUL_INT",
            Op::DivInt => "DIV_INT",
            Op::RemInt => "REM_INT",
            Op::Concat => "CONCAT",
            Op::BitAnd => "BIT_AND",
            Op::BitOr => "BIT_OR",
            Op::BitXor => "BIT_XOR",
            Op::Shl => "SHL",
            Op::Shr => "SHR",
            Op::Neg => "NEG",
            Op::Not => "NOT",
            Op::Eq => "EQ",
            Op::Ne => "NE",
            Op::LtInt => "LT_INT",
            Op::LeInt => "LE_INT",
            Op::GtInt => "GT_INT",
            Op::GeInt => "GE_INT",
            Op::LtStr => "LT_STR",
            Op::LeStr => "LE_STR",
            Op::GtStr => "GT_STR",
            Op::GeStr => "GE_STR",
            Op::Jump(_) => "JUMP",
            Op::JumpIfFalse(_) => "JUMP_IF_FALSE",
            Op::JumpIfTrue(_) => "JUMP_IF_TRUE",
            Op::RangeTest(_, _, _) => "RANGE_TEST",
            Op::Pop => "POP",
            Op::CallFunc(_, _) => "CALL_FUNC",
            Op::CallBuiltin(_, _) => "CALL_BUILTIN",
            Op::CallValue(_) => "CALL_VALUE",
            Op::Return => "RETURN",
        }
    }

    /// The jump target, for ops that have one.
    pub fn target(&self) -> Option<usize> {
        match self {
            Op::Jump(t) | Op::JumpIfFalse(t) | Op::JumpIfTrue(t) | Op::RangeTest(_, _, t) => {
                Some(*t)
            }
            _ => None,
        }
    }

    /// The same op jumping to `target` instead (for back-patching).
    pub fn with_target(&self, target: usize) -> Op {
        match self {
            Op::Jump(_) => Op::Jump(target),
            Op::JumpIfFalse(_) => Op::JumpIfFalse(target),
            Op::JumpIfTrue(_) => Op::JumpIfTrue(target),
            Op::RangeTest(a, b, _) => Op::RangeTest(*a, *b, target),
            other => *other,
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Op::Int(v) => write!(f, "{} {}", self.name(), v),
            Op::Bool(b) => write!(f, "{} {}", self.name(), b),
            Op::Str(i)
            | Op::Func(i)
            | Op::Builtin(i)
            | Op::Load(i)
            | Op::Store(i)
            | Op::IncLocal(i) => {
                write!(f, "{} {}", self.name(), i)
            }
            Op::MakeList(n) | Op::CallValue(n) => write!(f, "{} {}", self.name(), n),
            Op::Jump(t) | Op::JumpIfFalse(t) | Op::JumpIfTrue(t) => {
                write!(f, "{} -> {}", self.name(), t)
            }
            Op::RangeTest(a, b, t) => write!(f, "{} {} < {} else -> {}", self.name(), a, b, t),
            Op::CallFunc(g, n) | Op::CallBuiltin(g, n) => {
                write!(f, "{} {} ({} args)", self.name(), g, n)
            }
            _ => write!(f, "{}", self.name()),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    pub name: String,
    pub arity: usize,
    pub locals: usize,
    pub code: Vec<Op>,
    /// The source line of each op, for run-time errors.
    pub lines: Vec<u32>,
    pub strings: Vec<String>,
}

impl Chunk {
    pub fn new(name: &str, arity: usize, locals: usize) -> Chunk {
        Chunk {
            name: name.to_string(),
            arity,
            locals,
            code: Vec::new(),
            lines: Vec::new(),
            strings: Vec::new(),
        }
    }

    pub fn emit(&mut self, op: Op, line: u32) -> usize {
        self.code.push(op);
        self.lines.push(line);
        self.code.len() - 1
    }

    pub fn patch(&mut self, at: usize, target: usize) {
        self.code[at] = self.code[at].with_target(target);
    }

    pub fn here(&self) -> usize {
        self.code.len()
    }

    /// The index of `s` among the chunk's strings, adding it if new.
    pub fn intern(&mut self, s: &str) -> usize {
        for (i, existing) in self.strings.iter().enumerate() {
            if existing.as_str() == s {
                return i;
            }
        }
        self.strings.push(s.to_string());
        self.strings.len() - 1
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub chunks: Vec<Chunk>,
    pub main: usize,
}

impl Module {
    pub fn op_count(&self) -> usize {
        let mut n = 0;
        for c in self.chunks.iter() {
            n += c.code.len();
        }
        n
    }

    /// Every jump lands inside its chunk: a check on the compiler's back-patching.
    pub fn verify(&self) -> Result<(), String> {
        for c in self.chunks.iter() {
            for (i, op) in c.code.iter().enumerate() {
                match op.target() {
                    Some(t) if t > c.code.len() => {
                        return Err(format!("{}: op {} jumps to {}, past the end", c.name, i, t));
                    }
                    _ => {}
                }
            }
            // Execution must never run off the end of a chunk.
            match c.code.last() {
                Some(Op::Return) | Some(Op::Jump(_)) => {}
                _ => return Err(format!("{}: may run past its last op", c.name)),
            }
        }
        Ok(())
    }
}

/// A listing of a chunk: one op a line, with its address and source line.
pub fn disassemble(c: &Chunk) -> String {
    let mut out = format!(
        "== {} ({} params, {} locals) ==\n",
        c.name, c.arity, c.locals
    );
    let mut last_line = 0;
    for (i, op) in c.code.iter().enumerate() {
        let line = c.lines[i];
        let shown = if line == last_line {
            "   |".to_string()
        } else {
            pad_left(&line.to_string(), 4)
        };
        last_line = line;
        out.push_str(&format!("{} {} {}", pad_left(&i.to_string(), 5), shown, op));
        match op {
            Op::Str(s) => out.push_str(&format!("  ; {}", crate::value::escape(&c.strings[*s]))),
            Op::CallBuiltin(b, _) | Op::Builtin(b) => {
                out.push_str(&format!("  ; {}", crate::builtins::name(*b)))
            }
            _ => {}
        }
        out.push('\n');
    }
    out
}

fn pad_left(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut n = s.len();
    while n < width {
        out.push(' ');
        n += 1;
    }
    out.push_str(s);
    out
}

/// Above any op count, so that `COUNT_CEILING - n` sorts the largest count first.
const COUNT_CEILING: usize = 1 << 40;

/// How often each op occurs in a module, most frequent first (ties by name).
pub fn histogram(m: &Module) -> Vec<(usize, String)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for c in m.chunks.iter() {
        for op in c.code.iter() {
            let name = op.name();
            let mut found = false;
            for entry in counts.iter_mut() {
                if entry.0.as_str() == name {
                    entry.1 += 1;
                    found = true;
                    break;
                }
            }
            if !found {
                counts.push((name.to_string(), 1));
            }
        }
    }
    let mut out = Vec::new();
    for (name, n) in counts.iter() {
        out.push((COUNT_CEILING - *n, name.clone()));
    }
    out.sort();
    let mut result = Vec::new();
    for (k, name) in out.iter() {
        result.push((COUNT_CEILING - *k, name.clone()));
    }
    result
}
