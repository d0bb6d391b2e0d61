//! Stack-depth analysis: walks every path through a chunk and computes the operand-stack depth
//! before each op. The compiler is correct only if every op sees enough operands, paths that meet
//! agree on the depth, and every `RETURN` finds exactly its result on the stack.

use super::bytecode::{Chunk, Module, Op};

/// How many operands an op takes and how many it leaves.
pub fn effect(op: Op) -> (usize, usize) {
    match op {
        Op::Int(_)
        | Op::Bool(_)
        | Op::Str(_)
        | Op::Unit
        | Op::Func(_)
        | Op::Builtin(_)
        | Op::Load(_) => (0, 1),
        Op::Store(_) | Op::Pop | Op::JumpIfFalse(_) | Op::JumpIfTrue(_) => (1, 0),
        Op::IncLocal(_) | Op::Jump(_) | Op::RangeTest(_, _, _) => (0, 0),
        Op::MakeList(n) => (n, 1),
        Op::Index => (2, 1),
        Op::SetIndex => (3, 0),
        Op::Neg | Op::Not => (1, 1),
        Op::CallFunc(_, n) | Op::CallBuiltin(_, n) => (n, 1),
        Op::CallValue(n) => (n + 1, 1),
        Op::Return => (1, 0),
        Op::AddInt | Op::SubInt | Op::MulInt | Op::DivInt | Op::RemInt | Op::Concat => (2, 1),
        Op::BitAnd | Op::BitOr | Op::BitXor | Op::Shl | Op::Shr => (2, 1),
        Op::Eq | Op::Ne | Op::LtInt | Op::LeInt | Op::GtInt | Op::GeInt => (2, 1),
        Op::LtStr | Op::LeStr | Op::GtStr | Op::GeStr => (2, 1),
    }
}

/// The deepest operand stack a chunk can need, or what is wrong with it.
pub fn max_depth(c: &Chunk) -> Result<usize, String> {
    let n = c.code.len();
    let mut depth: Vec<Option<usize>> = vec![None; n];
    let mut work: Vec<(usize, usize)> = vec![(0, 0)];
    let mut deepest = 0;
    loop {
        let (i, d) = match work.pop() {
            Some(item) => item,
            None => break,
        };
        if i >= n {
            return Err(format!("{}: a path runs past the end", c.name));
        }
        match depth[i] {
            Some(seen) => {
                if seen != d {
                    return Err(format!(
                        "{}: op {} is reached with stack depths {} and {}",
                        c.name, i, seen, d
                    ));
                }
                continue;
            }
            None => depth[i] = Some(d),
        }
        let op = c.code[i];
        let (pops, pushes) = effect(op);
        if d < pops {
            return Err(format!(
                "{}: op {} ({}) needs {} operands, has {}",
                c.name, i, op, pops, d
            ));
        }
        let after = d - pops + pushes;
        if after > deepest {
            deepest = after;
        }
        match op {
            Op::Return => {
                if d != 1 {
                    return Err(format!("{}: RETURN at {} with {} operands", c.name, i, d));
                }
            }
            Op::Jump(t) => work.push((t, after)),
            _ => {
                match op.target() {
                    Some(t) => work.push((t, after)),
                    None => {}
                }
                work.push((i + 1, after));
            }
        }
    }
    Ok(deepest)
}

/// Checks every chunk; the largest depth over the module.
pub fn check_module(m: &Module) -> Result<usize, String> {
    let mut deepest = 0;
    for c in m.chunks.iter() {
        let d = max_depth(c)?;
        if d > deepest {
            deepest = d;
        }
    }
    Ok(deepest)
}
