//! The stack machine. One value stack holds every frame's locals followed by its operands; a
//! call records where the caller's frame starts and where to resume. Run-time errors carry the
//! line of the failing op and the same messages as the tree-walker.

use super::bytecode::{Module, Op};
use crate::ast::BinOp;
use crate::builtins;
use crate::diag::LangError;
use crate::interp::{binary, RunResult, MAX_DEPTH, STEP_LIMIT};
use crate::ops;
use crate::value::{Heap, Value};

/// Where to resume a caller.
struct Frame {
    chunk: usize,
    ip: usize,
    base: usize,
    /// The callee value sits below the arguments (a call through a value) and must go too.
    pop_callee: bool,
}

pub struct Machine {
    stack: Vec<Value>,
    frames: Vec<Frame>,
    heap: Heap,
    out: String,
    steps: u64,
    calls: u64,
    max_stack: usize,
}

/// Counters of a VM run beyond the common `RunResult`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct MachineStats {
    pub max_stack: usize,
}

pub fn run(m: &Module) -> (RunResult, MachineStats) {
    let mut vm = Machine {
        stack: Vec::with_capacity(256),
        frames: Vec::new(),
        heap: Heap::new(),
        out: String::new(),
        steps: 0,
        calls: 0,
        max_stack: 0,
    };
    let error = match vm.execute(m) {
        Ok(()) => None,
        Err(e) => Some(e),
    };
    let stats = MachineStats {
        max_stack: vm.max_stack,
    };
    let result = RunResult {
        output: vm.out,
        error,
        steps: vm.steps,
        calls: vm.calls,
        lists: vm.heap.count(),
    };
    (result, stats)
}

fn at(message: String, line: u32) -> LangError {
    LangError::runtime(message, line)
}

impl Machine {
    fn pop(&mut self, line: u32) -> Result<Value, LangError> {
        match self.stack.pop() {
            Some(v) => Ok(v),
            None => Err(at("VM stack underflow".to_string(), line)),
        }
    }

    fn pop_int(&mut self, line: u32) -> Result<i64, LangError> {
        match self.pop(line)? {
            Value::Int(v) => Ok(v),
            other => Err(at(
                format!("expected an int, found a {}", other.type_name()),
                line,
            )),
        }
    }

    fn pop_bool(&mut self, line: u32) -> Result<bool, LangError> {
        match self.pop(line)? {
            Value::Bool(b) => Ok(b),
            other => Err(at(
                format!("expected a bool, found a {}", other.type_name()),
                line,
            )),
        }
    }

    fn pop_str(&mut self, line: u32) -> Result<String, LangError> {
        match self.pop(line)? {
            Value::Str(s) => Ok(s),
            other => Err(at(
                format!("expected a str, found a {}", other.type_name()),
                line,
            )),
        }
    }

    /// The top `n` values, in push order.
    fn pop_args(&mut self, n: usize, line: u32) -> Result<Vec<Value>, LangError> {
        if self.stack.len() < n {
            return Err(at("VM stack underflow".to_string(), line));
        }
        let mut args = Vec::with_capacity(n);
        let start = self.stack.len() - n;
        let mut i = start;
        while i < self.stack.len() {
            args.push(self.stack[i].clone());
            i += 1;
        }
        self.stack.truncate(start);
        Ok(args)
    }

    fn int_op(&mut self, op: BinOp, line: u32) -> Result<(), LangError> {
        let b = self.pop_int(line)?;
        let a = self.pop_int(line)?;
        match ops::int_binop(op, a, b) {
            Ok(v) => {
                self.stack.push(Value::Int(v));
                Ok(())
            }
            Err(msg) => Err(at(msg, line)),
        }
    }

    fn int_compare(&mut self, op: BinOp, line: u32) -> Result<(), LangError> {
        let b = self.pop_int(line)?;
        let a = self.pop_int(line)?;
        self.stack
            .push(Value::Bool(ops::compare(op, ops::order_ints(a, b))));
        Ok(())
    }

    fn str_compare(&mut self, op: BinOp, line: u32) -> Result<(), LangError> {
        let b = self.pop_str(line)?;
        let a = self.pop_str(line)?;
        self.stack
            .push(Value::Bool(ops::compare(op, ops::order_strs(&a, &b))));
        Ok(())
    }

    fn call_builtin(&mut self, id: usize, args: Vec<Value>, line: u32) -> Result<(), LangError> {
        match builtins::call(id, &args, &mut self.heap, &mut self.out) {
            Ok(v) => {
                self.stack.push(v);
                Ok(())
            }
            Err(msg) => Err(at(msg, line)),
        }
    }

    fn execute(&mut self, m: &Module) -> Result<(), LangError> {
        let mut chunk = m.main;
        let mut ip = 0;
        let mut base = 0;
        let mut i = 0;
        while i < m.chunks[chunk].locals {
            self.stack.push(Value::Unit);
            i += 1;
        }
        self.calls = 1;
        loop {
            let code = &m.chunks[chunk];
            let op = code.code[ip];
            let line = code.lines[ip];
            ip += 1;
            self.steps += 1;
            if self.steps > STEP_LIMIT {
                return Err(at("step limit exceeded".to_string(), line));
            }
            if self.stack.len() > self.max_stack {
                self.max_stack = self.stack.len();
            }
            match op {
                Op::Int(v) => self.stack.push(Value::Int(v)),
                Op::Bool(b) => self.stack.push(Value::Bool(b)),
                Op::Str(s) => self.stack.push(Value::Str(code.strings[s].clone())),
                Op::Unit => self.stack.push(Value::Unit),
                Op::Func(f) => self.stack.push(Value::Func(f)),
                Op::Builtin(b) => self.stack.push(Value::Builtin(b)),
                Op::Load(slot) => {
                    let v = self.stack[base + slot].clone();
                    self.stack.push(v);
                }
                Op::Store(slot) => {
                    let v = self.pop(line)?;
                    self.stack[base + slot] = v;
                }
                Op::IncLocal(slot) => {
                    let v = match &self.stack[base + slot] {
                        Value::Int(n) => *n,
                        _ => return Err(at("loop counter is not an int".to_string(), line)),
                    };
                    self.stack[base + slot] = Value::Int(v + 1);
                }
                Op::MakeList(n) => {
                    let items = self.pop_args(n, line)?;
                    let list = self.heap.alloc(items);
                    self.stack.push(list);
                }
                Op::Index => {
                    let index = self.pop_int(line)?;
                    let list = self.pop(line)?;
                    let h = match list.as_list() {
                        Ok(h) => h,
                        Err(msg) => return Err(at(msg, line)),
                    };
                    match self.heap.get(h, index) {
                        Ok(v) => self.stack.push(v),
                        Err(msg) => return Err(at(msg, line)),
                    }
                }
                Op::SetIndex => {
                    let value = self.pop(line)?;
                    let index = self.pop_int(line)?;
                    let list = self.pop(line)?;
                    let h = match list.as_list() {
                        Ok(h) => h,
                        Err(msg) => return Err(at(msg, line)),
                    };
                    match self.heap.set(h, index, value) {
                        Ok(()) => {}
                        Err(msg) => return Err(at(msg, line)),
                    }
                }
                Op::AddInt => self.int_op(BinOp::Add, line)?,
                Op::SubInt => self.int_op(BinOp::Sub, line)?,
                Op::MulInt => self.int_op(BinOp::Mul, line)?,
                Op::DivInt => self.int_op(BinOp::Div, line)?,
                Op::RemInt => self.int_op(BinOp::Rem, line)?,
                Op::BitAnd => self.int_op(BinOp::BitAnd, line)?,
                Op::BitOr => self.int_op(BinOp::BitOr, line)?,
                Op::BitXor => self.int_op(BinOp::BitXor, line)?,
                Op::Shl => self.int_op(BinOp::Shl, line)?,
                Op::Shr => self.int_op(BinOp::Shr, line)?,
                Op::Concat => {
                    let b = self.pop_str(line)?;
                    let a = self.pop_str(line)?;
                    self.stack.push(Value::Str(ops::concat(&a, &b)));
                }
                Op::Neg => {
                    let v = self.pop_int(line)?;
                    match ops::negate(v) {
                        Ok(n) => self.stack.push(Value::Int(n)),
                        Err(msg) => return Err(at(msg, line)),
                    }
                }
                Op::Not => {
                    let b = self.pop_bool(line)?;
                    self.stack.push(Value::Bool(!b));
                }
                Op::Eq | Op::Ne => {
                    let b = self.pop(line)?;
                    let a = self.pop(line)?;
                    let which = if op == Op::Eq { BinOp::Eq } else { BinOp::Ne };
                    let v = binary(which, &a, &b, line)?;
                    self.stack.push(v);
                }
                Op::LtInt => self.int_compare(BinOp::Lt, line)?,
                Op::LeInt => self.int_compare(BinOp::Le, line)?,
                Op::GtInt => self.int_compare(BinOp::Gt, line)?,
                Op::GeInt => self.int_compare(BinOp::Ge, line)?,
                Op::LtStr => self.str_compare(BinOp::Lt, line)?,
                Op::LeStr => self.str_compare(BinOp::Le, line)?,
                Op::GtStr => self.str_compare(BinOp::Gt, line)?,
                Op::GeStr => self.str_compare(BinOp::Ge, line)?,
                Op::Jump(t) => ip = t,
                Op::JumpIfFalse(t) => {
                    if !self.pop_bool(line)? {
                        ip = t;
                    }
                }
                Op::JumpIfTrue(t) => {
                    if self.pop_bool(line)? {
                        ip = t;
                    }
                }
                Op::RangeTest(counter, end, exit) => {
                    let c = &self.stack[base + counter];
                    let e = &self.stack[base + end];
                    let go_on = match (c, e) {
                        (Value::Int(x), Value::Int(y)) => x < y,
                        _ => return Err(at("range bounds are not ints".to_string(), line)),
                    };
                    if !go_on {
                        ip = exit;
                    }
                }
                Op::Pop => {
                    self.pop(line)?;
                }
                Op::CallFunc(f, argc) => {
                    self.enter(m, f, argc, line)?;
                    self.frames.push(Frame {
                        chunk,
                        ip,
                        base,
                        pop_callee: false,
                    });
                    chunk = f;
                    ip = 0;
                    base = self.stack.len() - m.chunks[f].locals;
                }
                Op::CallBuiltin(b, argc) => {
                    let args = self.pop_args(argc, line)?;
                    self.call_builtin(b, args, line)?;
                }
                Op::CallValue(argc) => {
                    if self.stack.len() < argc + 1 {
                        return Err(at("VM stack underflow".to_string(), line));
                    }
                    let callee = self.stack[self.stack.len() - argc - 1].clone();
                    match callee {
                        Value::Func(f) => {
                            self.enter(m, f, argc, line)?;
                            self.frames.push(Frame {
                                chunk,
                                ip,
                                base,
                                pop_callee: true,
                            });
                            chunk = f;
                            ip = 0;
                            base = self.stack.len() - m.chunks[f].locals;
                        }
                        Value::Builtin(b) => {
                            let args = self.pop_args(argc, line)?;
                            self.pop(line)?;
                            self.call_builtin(b, args, line)?;
                        }
                        other => {
                            return Err(at(
                                format!("a {} is not callable", other.type_name()),
                                line,
                            ))
                        }
                    }
                }
                Op::Return => {
                    let result = self.pop(line)?;
                    self.stack.truncate(base);
                    match self.frames.pop() {
                        None => return Ok(()),
                        Some(frame) => {
                            if frame.pop_callee {
                                self.pop(line)?;
                            }
                            chunk = frame.chunk;
                            ip = frame.ip;
                            base = frame.base;
                            self.stack.push(result);
                        }
                    }
                }
            }
        }
    }

    /// Checks a call of chunk `f` with `argc` arguments on the stack and makes room for its locals.
    fn enter(&mut self, m: &Module, f: usize, argc: usize, line: u32) -> Result<(), LangError> {
        let callee = &m.chunks[f];
        if argc != callee.arity {
            let msg = format!(
                "`{}` takes {} arguments but {} were supplied",
                callee.name, callee.arity, argc
            );
            return Err(at(msg, line));
        }
        if self.frames.len() + 1 >= MAX_DEPTH {
            return Err(at("stack overflow".to_string(), line));
        }
        self.calls += 1;
        let mut extra = argc;
        while extra < callee.locals {
            self.stack.push(Value::Unit);
            extra += 1;
        }
        Ok(())
    }
}
