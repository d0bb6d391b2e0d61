//! The peephole optimiser: rewrites a chunk's ops without changing what it computes. Jumps to
//! jumps are threaded, jumps to the next op and unreachable ops are dropped, constant integer
//! operations are folded, `NOT; JUMP_IF_FALSE` becomes `JUMP_IF_TRUE`, and tests of a constant
//! boolean become plain jumps. No rewrite spans a jump target, so no path sees half of one.

use super::bytecode::{Chunk, Module, Op};
use crate::ast::BinOp;
use crate::ops;

#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct PeepholeStats {
    pub threaded: usize,
    pub folded: usize,
    pub removed: usize,
    pub rewritten: usize,
}

impl PeepholeStats {
    fn add(&mut self, other: PeepholeStats) {
        self.threaded += other.threaded;
        self.folded += other.folded;
        self.removed += other.removed;
        self.rewritten += other.rewritten;
    }
}

/// How many times the passes run over a chunk at most; each pass can enable the next.
const MAX_ROUNDS: usize = 4;

pub fn optimise(m: &Module) -> (Module, PeepholeStats) {
    let mut stats = PeepholeStats::default();
    let mut chunks = Vec::new();
    for c in m.chunks.iter() {
        let mut chunk = c.clone();
        let mut round = 0;
        while round < MAX_ROUNDS {
            let mut s = PeepholeStats::default();
            thread_jumps(&mut chunk, &mut s);
            rewrite_pairs(&mut chunk, &mut s);
            drop_dead(&mut chunk, &mut s);
            let changed = s != PeepholeStats::default();
            stats.add(s);
            if !changed {
                break;
            }
            round += 1;
        }
        chunks.push(chunk);
    }
    (
        Module {
            chunks,
            main: m.main,
        },
        stats,
    )
}

/// Which ops some jump lands on.
fn jump_targets(c: &Chunk) -> Vec<bool> {
    let mut targets = vec![false; c.code.len() + 1];
    for op in c.code.iter() {
        match op.target() {
            Some(t) => targets[t] = true,
            None => {}
        }
    }
    targets
}

/// A jump whose target is an unconditional jump goes straight to the final target.
fn thread_jumps(c: &mut Chunk, s: &mut PeepholeStats) {
    let mut i = 0;
    while i < c.code.len() {
        let op = c.code[i];
        match op.target() {
            Some(t) => {
                let mut dest = t;
                let mut hops = 0;
                // Bounded, so that a loop made only of jumps cannot hang the optimiser.
                while hops < 8 && dest < c.code.len() {
                    match c.code[dest] {
                        Op::Jump(next) if next != dest => {
                            dest = next;
                            hops += 1;
                        }
                        _ => break,
                    }
                }
                if dest != t {
                    c.code[i] = op.with_target(dest);
                    s.threaded += 1;
                }
            }
            None => {}
        }
        i += 1;
    }
}

/// The integer operator an op computes, if it is one.
fn int_operator(op: Op) -> Option<BinOp> {
    let b = match op {
        Op::AddInt => BinOp::Add,
        Op::SubInt => BinOp::Sub,
        Op::MulInt => BinOp::Mul,
        Op::DivInt => BinOp::Div,
        Op::RemInt => BinOp::Rem,
        Op::BitAnd => BinOp::BitAnd,
        Op::BitOr => BinOp::BitOr,
        Op::BitXor => BinOp::BitXor,
        Op::Shl => BinOp::Shl,
        Op::Shr => BinOp::Shr,
        _ => return None,
    };
    Some(b)
}

/// Rewrites of two or three adjacent ops. Removed ops become `None` and are dropped afterwards.
fn rewrite_pairs(c: &mut Chunk, s: &mut PeepholeStats) {
    let targets = jump_targets(c);
    let n = c.code.len();
    let mut keep: Vec<Option<Op>> = Vec::new();
    for op in c.code.iter() {
        keep.push(Some(*op));
    }
    let mut i = 0;
    while i < n {
        // Ops i+1 and i+2 must not be jump targets for a rewrite to be safe.
        let free1 = i + 1 < n && !targets[i + 1];
        let free2 = free1 && i + 2 < n && !targets[i + 2];
        let a = c.code[i];
        if free2 {
            match (a, c.code[i + 1], int_operator(c.code[i + 2])) {
                (Op::Int(x), Op::Int(y), Some(op)) => match ops::int_binop(op, x, y) {
                    Ok(v) => {
                        keep[i] = Some(Op::Int(v));
                        keep[i + 1] = None;
                        keep[i + 2] = None;
                        s.folded += 1;
                        i += 3;
                        continue;
                    }
                    Err(_) => {}
                },
                _ => {}
            }
        }
        if free1 {
            let b = c.code[i + 1];
            match (a, b) {
                (Op::Not, Op::JumpIfFalse(t)) => {
                    keep[i] = None;
                    keep[i + 1] = Some(Op::JumpIfTrue(t));
                    s.rewritten += 1;
                    i += 2;
                    continue;
                }
                (Op::Bool(true), Op::JumpIfFalse(_)) | (Op::Bool(false), Op::JumpIfTrue(_)) => {
                    keep[i] = None;
                    keep[i + 1] = None;
                    s.rewritten += 1;
                    i += 2;
                    continue;
                }
                (Op::Bool(false), Op::JumpIfFalse(t)) | (Op::Bool(true), Op::JumpIfTrue(t)) => {
                    keep[i] = None;
                    keep[i + 1] = Some(Op::Jump(t));
                    s.rewritten += 1;
                    i += 2;
                    continue;
                }
                (Op::Int(x), Op::Neg) => match ops::negate(x) {
                    Ok(v) => {
                        keep[i] = Some(Op::Int(v));
                        keep[i + 1] = None;
                        s.folded += 1;
                        i += 2;
                        continue;
                    }
                    Err(_) => {}
                },
                _ => {}
            }
        }
        match a {
            Op::Jump(t) if t == i + 1 => {
                keep[i] = None;
                s.removed += 1;
            }
            _ => {}
        }
        i += 1;
    }
    compact(c, &keep);
}

/// Ops that no path from the entry reaches.
fn drop_dead(c: &mut Chunk, s: &mut PeepholeStats) {
    let n = c.code.len();
    let mut reached = vec![false; n];
    let mut work = vec![0];
    loop {
        let i = match work.pop() {
            Some(i) => i,
            None => break,
        };
        if i >= n || reached[i] {
            continue;
        }
        reached[i] = true;
        let op = c.code[i];
        match op.target() {
            Some(t) => work.push(t),
            None => {}
        }
        let falls_through = match op {
            Op::Jump(_) | Op::Return => false,
            _ => true,
        };
        if falls_through {
            work.push(i + 1);
        }
    }
    let mut keep: Vec<Option<Op>> = Vec::new();
    for (i, op) in c.code.iter().enumerate() {
        if reached[i] {
            keep.push(Some(*op));
        } else {
            keep.push(None);
            s.removed += 1;
        }
    }
    compact(c, &keep);
}

/// Removes the `None` ops and renumbers jump targets.
fn compact(c: &mut Chunk, keep: &[Option<Op>]) {
    let n = c.code.len();
    // new_index[i]: where op i (or, if removed, the next kept op) ends up.
    let mut new_index = vec![0; n + 1];
    let mut next = 0;
    for i in 0..n {
        new_index[i] = next;
        if keep[i].is_some() {
            next += 1;
        }
    }
    new_index[n] = next;
    let mut code = Vec::with_capacity(next);
    let mut lines = Vec::with_capacity(next);
    for i in 0..n {
        match keep[i] {
            Some(op) => {
                let moved = match op.target() {
                    Some(t) => op.with_target(new_index[t]),
                    None => op,
                };
                code.push(moved);
                lines.push(c.lines[i]);
            }
            None => {}
        }
    }
    c.code = code;
    c.lines = lines;
}
