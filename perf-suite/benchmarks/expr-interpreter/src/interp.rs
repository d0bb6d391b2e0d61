//! The tree-walking interpreter: evaluates the resolved AST directly, one frame of slots per
//! call. It is the reference the VM is checked against.

use crate::ast::{
    BinOp, Block, Expr, ExprKind, LogicOp, LoopVar, Program, Res, Stmt, StmtKind, UnOp,
};
use crate::builtins;
use crate::diag::LangError;
use crate::ops;
use crate::value::{Heap, Value};

/// Calls nested deeper than this are a run-time error, in both evaluators.
pub const MAX_DEPTH: usize = 160;
/// Evaluation steps after which a run is stopped (a safety net against endless loops).
pub const STEP_LIMIT: u64 = 200_000_000;

/// What a run produced: its output, the error that stopped it, and counters.
#[derive(Debug, Clone, PartialEq)]
pub struct RunResult {
    pub output: String,
    pub error: Option<LangError>,
    pub steps: u64,
    pub calls: u64,
    pub lists: usize,
}

enum Flow {
    Normal,
    Break,
    Continue,
    Return(Value),
}

pub struct Interp {
    heap: Heap,
    out: String,
    steps: u64,
    calls: u64,
    depth: usize,
    consts: Vec<Value>,
}

pub fn run(p: &Program) -> RunResult {
    let mut it = Interp {
        heap: Heap::new(),
        out: String::new(),
        steps: 0,
        calls: 0,
        depth: 0,
        consts: Vec::new(),
    };
    let error = match it.run_main(p) {
        Ok(()) => None,
        Err(e) => Some(e),
    };
    RunResult {
        output: it.out,
        error,
        steps: it.steps,
        calls: it.calls,
        lists: it.heap.count(),
    }
}

fn at(message: String, line: u32) -> LangError {
    LangError::runtime(message, line)
}

impl Interp {
    fn run_main(&mut self, p: &Program) -> Result<(), LangError> {
        let mut empty: Vec<Value> = Vec::new();
        for c in p.consts.iter() {
            let v = self.eval(p, &mut empty, &c.value)?;
            self.consts.push(v);
        }
        let main = match p.find_fn("main") {
            Some(i) => i,
            None => return Err(at("no `main` function".to_string(), 0)),
        };
        self.call(p, main, Vec::new(), 0)?;
        Ok(())
    }

    fn tick(&mut self, line: u32) -> Result<(), LangError> {
        self.steps += 1;
        if self.steps > STEP_LIMIT {
            return Err(at("step limit exceeded".to_string(), line));
        }
        Ok(())
    }

    fn call(
        &mut self,
        p: &Program,
        index: usize,
        args: Vec<Value>,
        line: u32,
    ) -> Result<Value, LangError> {
        let f = &p.fns[index];
        if args.len() != f.params.len() {
            let msg = format!(
                "`{}` takes {} arguments but {} were supplied",
                f.name,
                f.params.len(),
                args.len()
            );
            return Err(at(msg, line));
        }
        if self.depth >= MAX_DEPTH {
            return Err(at("stack overflow".to_string(), line));
        }
        self.depth += 1;
        self.calls += 1;
        let mut frame = vec![Value::Unit; f.locals.max(args.len())];
        for (i, a) in args.iter().enumerate() {
            frame[i] = a.clone();
        }
        let flow = self.block(p, &mut frame, &f.body);
        self.depth -= 1;
        match flow? {
            Flow::Return(v) => Ok(v),
            _ => Ok(Value::Unit),
        }
    }

    fn call_value(
        &mut self,
        p: &Program,
        callee: Value,
        args: Vec<Value>,
        line: u32,
    ) -> Result<Value, LangError> {
        match callee {
            Value::Func(i) => self.call(p, i, args, line),
            Value::Builtin(b) => match builtins::call(b, &args, &mut self.heap, &mut self.out) {
                Ok(v) => Ok(v),
                Err(msg) => Err(at(msg, line)),
            },
            other => Err(at(format!("a {} is not callable", other.type_name()), line)),
        }
    }

    // ------------------------------------------------------------------ statements

    fn block(&mut self, p: &Program, frame: &mut Vec<Value>, b: &Block) -> Result<Flow, LangError> {
        for s in b.stmts.iter() {
            match self.stmt(p, frame, s)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    fn stmt(&mut self, p: &Program, frame: &mut Vec<Value>, s: &Stmt) -> Result<Flow, LangError> {
        let line = s.span.line;
        self.tick(line)?;
        match &s.kind {
            StmtKind::Let(_, _, value, slot) => {
                let v = self.eval(p, frame, value)?;
                frame[*slot] = v;
            }
            StmtKind::Assign(_, res, value) => {
                let v = self.eval(p, frame, value)?;
                match res {
                    Res::Local(slot) => frame[*slot] = v,
                    _ => {
                        return Err(at(
                            "assignment to something that is not a variable".to_string(),
                            line,
                        ))
                    }
                }
            }
            StmtKind::SetIndex(list, index, value) => {
                let l = self.eval(p, frame, list)?;
                let i = self.eval(p, frame, index)?;
                let v = self.eval(p, frame, value)?;
                let h = l.as_list().map_err_line(line)?;
                let idx = i.as_int().map_err_line(line)?;
                match self.heap.set(h, idx, v) {
                    Ok(()) => {}
                    Err(msg) => return Err(at(msg, line)),
                }
            }
            StmtKind::Expr(e) => {
                self.eval(p, frame, e)?;
            }
            StmtKind::If(cond, then, other) => {
                let c = self.eval(p, frame, cond)?.as_bool().map_err_line(line)?;
                if c {
                    return self.block(p, frame, then);
                }
                match other {
                    Some(b) => return self.block(p, frame, b),
                    None => {}
                }
            }
            StmtKind::While(cond, body) => loop {
                let c = self.eval(p, frame, cond)?.as_bool().map_err_line(line)?;
                if !c {
                    break;
                }
                match self.block(p, frame, body)? {
                    Flow::Break => break,
                    Flow::Return(v) => return Ok(Flow::Return(v)),
                    Flow::Normal | Flow::Continue => {}
                }
            },
            StmtKind::ForRange(var, lo, hi, body) => {
                return self.for_range(p, frame, var, lo, hi, body, line)
            }
            StmtKind::ForEach(var, list, body) => {
                return self.for_each(p, frame, var, list, body, line)
            }
            StmtKind::Return(value) => {
                let v = match value {
                    Some(e) => self.eval(p, frame, e)?,
                    None => Value::Unit,
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Block(b) => return self.block(p, frame, b),
        }
        Ok(Flow::Normal)
    }

    fn for_range(
        &mut self,
        p: &Program,
        frame: &mut Vec<Value>,
        var: &LoopVar,
        lo: &Expr,
        hi: &Expr,
        body: &Block,
        line: u32,
    ) -> Result<Flow, LangError> {
        let start = self.eval(p, frame, lo)?;
        let end = self.eval(p, frame, hi)?;
        frame[var.hidden] = start;
        frame[var.hidden2] = end;
        loop {
            let counter = frame[var.hidden].as_int().map_err_line(line)?;
            let end = frame[var.hidden2].as_int().map_err_line(line)?;
            if counter >= end {
                return Ok(Flow::Normal);
            }
            frame[var.slot] = Value::Int(counter);
            match self.block(p, frame, body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Normal | Flow::Continue => {}
            }
            frame[var.hidden] = Value::Int(counter + 1);
        }
    }

    fn for_each(
        &mut self,
        p: &Program,
        frame: &mut Vec<Value>,
        var: &LoopVar,
        list: &Expr,
        body: &Block,
        line: u32,
    ) -> Result<Flow, LangError> {
        let l = self.eval(p, frame, list)?;
        let handle = l.as_list().map_err_line(line)?;
        frame[var.hidden] = l;
        frame[var.hidden2] = Value::Int(0);
        loop {
            let index = frame[var.hidden2].as_int().map_err_line(line)?;
            if index >= self.heap.list(handle).len() as i64 {
                return Ok(Flow::Normal);
            }
            frame[var.slot] = match self.heap.get(handle, index) {
                Ok(v) => v,
                Err(msg) => return Err(at(msg, line)),
            };
            match self.block(p, frame, body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Normal | Flow::Continue => {}
            }
            frame[var.hidden2] = Value::Int(index + 1);
        }
    }

    // ------------------------------------------------------------------ expressions

    fn eval(&mut self, p: &Program, frame: &mut Vec<Value>, e: &Expr) -> Result<Value, LangError> {
        let line = e.span.line;
        self.tick(line)?;
        match &e.kind {
            ExprKind::Int(v) => Ok(Value::Int(*v)),
            ExprKind::Bool(b) => Ok(Value::Bool(*b)),
            ExprKind::Str(s) => Ok(Value::Str(s.clone())),
            ExprKind::Var(name, res) => match res {
                Res::Local(slot) => Ok(frame[*slot].clone()),
                Res::Func(i) => Ok(Value::Func(*i)),
                Res::Builtin(b) => Ok(Value::Builtin(*b)),
                Res::Const(i) => match self.consts.get(*i) {
                    Some(v) => Ok(v.clone()),
                    None => Err(at(
                        format!("constant `{}` read before it has a value", name),
                        line,
                    )),
                },
                Res::Unresolved => Err(at(format!("unresolved name `{}`", name), line)),
            },
            ExprKind::List(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items.iter() {
                    values.push(self.eval(p, frame, item)?);
                }
                Ok(self.heap.alloc(values))
            }
            ExprKind::Unary(op, x) => {
                let v = self.eval(p, frame, x)?;
                match op {
                    UnOp::Neg => match ops::negate(v.as_int().map_err_line(line)?) {
                        Ok(n) => Ok(Value::Int(n)),
                        Err(msg) => Err(at(msg, line)),
                    },
                    UnOp::Not => Ok(Value::Bool(!v.as_bool().map_err_line(line)?)),
                }
            }
            ExprKind::Binary(op, a, b) => {
                let va = self.eval(p, frame, a)?;
                let vb = self.eval(p, frame, b)?;
                binary(*op, &va, &vb, line)
            }
            ExprKind::Logic(op, a, b) => {
                let va = self.eval(p, frame, a)?.as_bool().map_err_line(line)?;
                let short = match op {
                    LogicOp::And => !va,
                    LogicOp::Or => va,
                };
                if short {
                    return Ok(Value::Bool(va));
                }
                let vb = self.eval(p, frame, b)?.as_bool().map_err_line(line)?;
                Ok(Value::Bool(vb))
            }
            ExprKind::Cond(c, a, b) => {
                if self.eval(p, frame, c)?.as_bool().map_err_line(line)? {
                    self.eval(p, frame, a)
                } else {
                    self.eval(p, frame, b)
                }
            }
            ExprKind::Call(callee, args) => {
                let f = self.eval(p, frame, callee)?;
                let mut values = Vec::with_capacity(args.len());
                for a in args.iter() {
                    values.push(self.eval(p, frame, a)?);
                }
                self.call_value(p, f, values, line)
            }
            ExprKind::Index(list, index) => {
                let l = self.eval(p, frame, list)?;
                let i = self.eval(p, frame, index)?;
                let h = l.as_list().map_err_line(line)?;
                let idx = i.as_int().map_err_line(line)?;
                match self.heap.get(h, idx) {
                    Ok(v) => Ok(v),
                    Err(msg) => Err(at(msg, line)),
                }
            }
        }
    }
}

/// A binary operator on two values, as both evaluators define it.
pub fn binary(op: BinOp, a: &Value, b: &Value, line: u32) -> Result<Value, LangError> {
    match op {
        BinOp::Eq => return Ok(Value::Bool(a.same(b))),
        BinOp::Ne => return Ok(Value::Bool(!a.same(b))),
        _ => {}
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            if op.is_comparison() {
                return Ok(Value::Bool(ops::compare(op, ops::order_ints(*x, *y))));
            }
            match ops::int_binop(op, *x, *y) {
                Ok(v) => Ok(Value::Int(v)),
                Err(msg) => Err(at(msg, line)),
            }
        }
        (Value::Str(x), Value::Str(y)) => {
            if op == BinOp::Add {
                return Ok(Value::Str(ops::concat(x, y)));
            }
            if op.is_comparison() {
                return Ok(Value::Bool(ops::compare(op, ops::order_strs(x, y))));
            }
            Err(at(
                format!("`{}` cannot be applied to strings", op.symbol()),
                line,
            ))
        }
        _ => Err(at(
            format!(
                "`{}` cannot be applied to a {} and a {}",
                op.symbol(),
                a.type_name(),
                b.type_name()
            ),
            line,
        )),
    }
}

/// Turns a value-accessor message into a run-time error at a line.
pub trait AtLine<T> {
    fn map_err_line(self, line: u32) -> Result<T, LangError>;
}

impl<T> AtLine<T> for Result<T, String> {
    fn map_err_line(self, line: u32) -> Result<T, LangError> {
        match self {
            Ok(v) => Ok(v),
            Err(msg) => Err(at(msg, line)),
        }
    }
}
