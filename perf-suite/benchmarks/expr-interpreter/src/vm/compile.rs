//! The bytecode compiler: one chunk per function. Jumps are emitted with a placeholder and
//! back-patched; `break` and `continue` collect their jumps per loop. Every op that can fail
//! carries the line of the node the tree-walker would blame, so both report the same error.

use super::bytecode::{Chunk, Module, Op};
use crate::ast::{
    BinOp, Block, Expr, ExprKind, FnDecl, LogicOp, Program, Res, Stmt, StmtKind, UnOp,
};
use crate::builtins;
use crate::typeck::TypeInfo;

/// Jumps waiting for the end of their loop (`break`) or its next iteration (`continue`).
struct LoopPatches {
    breaks: Vec<usize>,
    continues: Vec<usize>,
}

struct FnCompiler {
    chunk: Chunk,
    loops: Vec<LoopPatches>,
}

pub fn compile(p: &Program, info: &TypeInfo) -> Module {
    let mut chunks = Vec::new();
    for f in p.fns.iter() {
        chunks.push(compile_fn(p, info, f));
    }
    let main = match p.find_fn("main") {
        Some(i) => i,
        None => 0,
    };
    Module { chunks, main }
}

fn compile_fn(p: &Program, info: &TypeInfo, f: &FnDecl) -> Chunk {
    let mut c = FnCompiler {
        chunk: Chunk::new(&f.name, f.params.len(), f.locals),
        loops: Vec::new(),
    };
    c.block(p, info, &f.body);
    let end = f.body.span.line;
    c.chunk.emit(Op::Unit, end);
    c.chunk.emit(Op::Return, end);
    c.chunk
}

fn placeholder_jump() -> Op {
    Op::Jump(0)
}

impl FnCompiler {
    fn emit(&mut self, op: Op, line: u32) -> usize {
        self.chunk.emit(op, line)
    }

    fn patch_here(&mut self, at: usize) {
        let here = self.chunk.here();
        self.chunk.patch(at, here);
    }

    // ------------------------------------------------------------------ statements

    fn block(&mut self, p: &Program, info: &TypeInfo, b: &Block) {
        for s in b.stmts.iter() {
            self.stmt(p, info, s);
        }
    }

    fn stmt(&mut self, p: &Program, info: &TypeInfo, s: &Stmt) {
        let line = s.span.line;
        match &s.kind {
            StmtKind::Let(_, _, value, slot) => {
                self.expr(p, info, value);
                self.emit(Op::Store(*slot), line);
            }
            StmtKind::Assign(_, res, value) => {
                self.expr(p, info, value);
                match res {
                    Res::Local(slot) => {
                        self.emit(Op::Store(*slot), line);
                    }
                    _ => {
                        self.emit(Op::Pop, line);
                    }
                }
            }
            StmtKind::SetIndex(list, index, value) => {
                self.expr(p, info, list);
                self.expr(p, info, index);
                self.expr(p, info, value);
                self.emit(Op::SetIndex, line);
            }
            StmtKind::Expr(e) => {
                self.expr(p, info, e);
                self.emit(Op::Pop, line);
            }
            StmtKind::If(cond, then, other) => {
                self.expr(p, info, cond);
                let to_else = self.emit(Op::JumpIfFalse(0), line);
                self.block(p, info, then);
                match other {
                    Some(b) => {
                        let to_end = self.emit(placeholder_jump(), line);
                        self.patch_here(to_else);
                        self.block(p, info, b);
                        self.patch_here(to_end);
                    }
                    None => self.patch_here(to_else),
                }
            }
            StmtKind::While(cond, body) => {
                let start = self.chunk.here();
                self.expr(p, info, cond);
                let exit = self.emit(Op::JumpIfFalse(0), line);
                self.loop_body(p, info, body, start, line);
                self.patch_here(exit);
            }
            StmtKind::ForRange(var, lo, hi, body) => {
                self.expr(p, info, lo);
                self.expr(p, info, hi);
                self.emit(Op::Store(var.hidden2), line);
                self.emit(Op::Store(var.hidden), line);
                let test = self.emit(Op::RangeTest(var.hidden, var.hidden2, 0), line);
                self.emit(Op::Load(var.hidden), line);
                self.emit(Op::Store(var.slot), line);
                self.loops.push(LoopPatches {
                    breaks: Vec::new(),
                    continues: Vec::new(),
                });
                self.block(p, info, body);
                let patches = self.pop_loop();
                let step = self.chunk.here();
                for c in patches.continues.iter() {
                    self.chunk.patch(*c, step);
                }
                self.emit(Op::IncLocal(var.hidden), line);
                self.emit(Op::Jump(test), line);
                self.patch_here(test);
                for b in patches.breaks.iter() {
                    self.patch_here(*b);
                }
            }
            StmtKind::ForEach(var, list, body) => {
                self.expr(p, info, list);
                self.emit(Op::Store(var.hidden), line);
                self.emit(Op::Int(0), line);
                self.emit(Op::Store(var.hidden2), line);
                let test = self.chunk.here();
                self.emit(Op::Load(var.hidden2), line);
                self.emit(Op::Load(var.hidden), line);
                self.emit(Op::CallBuiltin(builtins::LEN, 1), line);
                self.emit(Op::LtInt, line);
                let exit = self.emit(Op::JumpIfFalse(0), line);
                self.emit(Op::Load(var.hidden), line);
                self.emit(Op::Load(var.hidden2), line);
                self.emit(Op::Index, line);
                self.emit(Op::Store(var.slot), line);
                self.loops.push(LoopPatches {
                    breaks: Vec::new(),
                    continues: Vec::new(),
                });
                self.block(p, info, body);
                let patches = self.pop_loop();
                let step = self.chunk.here();
                for c in patches.continues.iter() {
                    self.chunk.patch(*c, step);
                }
                self.emit(Op::IncLocal(var.hidden2), line);
                self.emit(Op::Jump(test), line);
                self.patch_here(exit);
                for b in patches.breaks.iter() {
                    self.patch_here(*b);
                }
            }
            StmtKind::Return(value) => {
                match value {
                    Some(e) => self.expr(p, info, e),
                    None => {
                        self.emit(Op::Unit, line);
                    }
                }
                self.emit(Op::Return, line);
            }
            StmtKind::Break => {
                let j = self.emit(placeholder_jump(), line);
                let depth = self.loops.len();
                if depth > 0 {
                    self.loops[depth - 1].breaks.push(j);
                }
            }
            StmtKind::Continue => {
                let j = self.emit(placeholder_jump(), line);
                let depth = self.loops.len();
                if depth > 0 {
                    self.loops[depth - 1].continues.push(j);
                }
            }
            StmtKind::Block(b) => self.block(p, info, b),
        }
    }

    /// The body of a `while`: `continue` jumps back to `start`, `break` past the loop.
    fn loop_body(&mut self, p: &Program, info: &TypeInfo, body: &Block, start: usize, line: u32) {
        self.loops.push(LoopPatches {
            breaks: Vec::new(),
            continues: Vec::new(),
        });
        self.block(p, info, body);
        self.emit(Op::Jump(start), line);
        let patches = self.pop_loop();
        for c in patches.continues.iter() {
            self.chunk.patch(*c, start);
        }
        for b in patches.breaks.iter() {
            self.patch_here(*b);
        }
    }

    fn pop_loop(&mut self) -> LoopPatches {
        match self.loops.pop() {
            Some(l) => l,
            None => LoopPatches {
                breaks: Vec::new(),
                continues: Vec::new(),
            },
        }
    }

    // ------------------------------------------------------------------ expressions

    fn expr(&mut self, p: &Program, info: &TypeInfo, e: &Expr) {
        let line = e.span.line;
        match &e.kind {
            ExprKind::Int(v) => {
                self.emit(Op::Int(*v), line);
            }
            ExprKind::Bool(b) => {
                self.emit(Op::Bool(*b), line);
            }
            ExprKind::Str(s) => {
                let i = self.chunk.intern(s);
                self.emit(Op::Str(i), line);
            }
            ExprKind::Var(_, res) => match res {
                Res::Local(slot) => {
                    self.emit(Op::Load(*slot), line);
                }
                Res::Func(i) => {
                    self.emit(Op::Func(*i), line);
                }
                Res::Builtin(b) => {
                    self.emit(Op::Builtin(*b), line);
                }
                // Constants are constant expressions: compiled in place.
                Res::Const(i) => self.expr(p, info, &p.consts[*i].value),
                Res::Unresolved => {
                    self.emit(Op::Unit, line);
                }
            },
            ExprKind::List(items) => {
                for item in items.iter() {
                    self.expr(p, info, item);
                }
                self.emit(Op::MakeList(items.len()), line);
            }
            ExprKind::Unary(op, x) => {
                self.expr(p, info, x);
                let code = match op {
                    UnOp::Neg => Op::Neg,
                    UnOp::Not => Op::Not,
                };
                self.emit(code, line);
            }
            ExprKind::Binary(op, a, b) => {
                self.expr(p, info, a);
                self.expr(p, info, b);
                let code = binary_op(*op, info.is_str(a));
                self.emit(code, line);
            }
            ExprKind::Logic(op, a, b) => {
                self.expr(p, info, a);
                let to_short = self.emit(Op::JumpIfFalse(0), line);
                match op {
                    LogicOp::And => {
                        self.expr(p, info, b);
                        let to_end = self.emit(placeholder_jump(), line);
                        self.patch_here(to_short);
                        self.emit(Op::Bool(false), line);
                        self.patch_here(to_end);
                    }
                    LogicOp::Or => {
                        self.emit(Op::Bool(true), line);
                        let to_end = self.emit(placeholder_jump(), line);
                        self.patch_here(to_short);
                        self.expr(p, info, b);
                        self.patch_here(to_end);
                    }
                }
            }
            ExprKind::Cond(c, a, b) => {
                self.expr(p, info, c);
                let to_else = self.emit(Op::JumpIfFalse(0), line);
                self.expr(p, info, a);
                let to_end = self.emit(placeholder_jump(), line);
                self.patch_here(to_else);
                self.expr(p, info, b);
                self.patch_here(to_end);
            }
            ExprKind::Call(callee, args) => {
                let direct = match &callee.kind {
                    ExprKind::Var(_, Res::Func(i)) => Some(Op::CallFunc(*i, args.len())),
                    ExprKind::Var(_, Res::Builtin(b)) => Some(Op::CallBuiltin(*b, args.len())),
                    _ => None,
                };
                match direct {
                    Some(op) => {
                        for a in args.iter() {
                            self.expr(p, info, a);
                        }
                        self.emit(op, line);
                    }
                    None => {
                        self.expr(p, info, callee);
                        for a in args.iter() {
                            self.expr(p, info, a);
                        }
                        self.emit(Op::CallValue(args.len()), line);
                    }
                }
            }
            ExprKind::Index(list, index) => {
                self.expr(p, info, list);
                self.expr(p, info, index);
                self.emit(Op::Index, line);
            }
        }
    }
}

/// The op for a binary operator; `strings` says whether the operands are strings.
fn binary_op(op: BinOp, strings: bool) -> Op {
    match op {
        BinOp::Add => {
            if strings {
                Op::Concat
            } else {
                Op::AddInt
            }
        }
        BinOp::Sub => Op::SubInt,
        BinOp::Mul => Op::MulInt,
        BinOp::Div => Op::DivInt,
        BinOp::Rem => Op::RemInt,
        BinOp::BitAnd => Op::BitAnd,
        BinOp::BitOr => Op::BitOr,
        BinOp::BitXor => Op::BitXor,
        BinOp::Shl => Op::Shl,
        BinOp::Shr => Op::Shr,
        BinOp::Eq => Op::Eq,
        BinOp::Ne => Op::Ne,
        BinOp::Lt => pick(strings, Op::LtStr, Op::LtInt),
        BinOp::Le => pick(strings, Op::LeStr, Op::LeInt),
        BinOp::Gt => pick(strings, Op::GtStr, Op::GtInt),
        BinOp::Ge => pick(strings, Op::GeStr, Op::GeInt),
    }
}

fn pick(strings: bool, if_str: Op, if_int: Op) -> Op {
    if strings {
        if_str
    } else {
        if_int
    }
}
