//! The optimiser: constant folding, inlining of constants, algebraic identities, pruning of
//! branches with constant conditions and of statements after `return`/`break`/`continue`.
//! It builds a new program and never changes what the program prints or which error it raises:
//! an operation that would fail at run time (overflow, division by zero) is left in place.
//! Folded nodes keep the id of the node they replace, so the type table stays valid.

use crate::ast::{
    BinOp, Block, ConstDecl, Expr, ExprKind, FnDecl, LogicOp, Program, Res, Stmt, StmtKind, UnOp,
};
use crate::ops;
use crate::typeck::TypeInfo;
use crate::types::Type;

#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct FoldStats {
    pub folded: usize,
    pub inlined: usize,
    pub identities: usize,
    pub branches_pruned: usize,
    pub dead_stmts: usize,
}

impl FoldStats {
    pub fn total(&self) -> usize {
        self.folded + self.inlined + self.identities + self.branches_pruned + self.dead_stmts
    }
}

pub struct Folder {
    consts: Vec<Expr>,
    pub stats: FoldStats,
}

pub fn fold_program(p: &Program, info: &TypeInfo) -> (Program, FoldStats) {
    let mut f = Folder {
        consts: Vec::new(),
        stats: FoldStats::default(),
    };
    let mut consts = Vec::new();
    for c in p.consts.iter() {
        let value = f.expr(&c.value, info);
        f.consts.push(value.clone());
        consts.push(ConstDecl { value, ..c.clone() });
    }
    let mut fns = Vec::new();
    for func in p.fns.iter() {
        fns.push(FnDecl {
            body: f.block(&func.body, info),
            ..func.clone()
        });
    }
    let program = Program {
        fns,
        consts,
        next_id: p.next_id,
    };
    (program, f.stats)
}

fn literal_int(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Int(v) => Some(*v),
        _ => None,
    }
}

fn literal_bool(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::Bool(b) => Some(*b),
        _ => None,
    }
}

fn literal_str(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Str(s) => Some(s.clone()),
        _ => None,
    }
}

/// `e`'s node with another kind (same id and span).
fn with_kind(e: &Expr, kind: ExprKind) -> Expr {
    Expr::new(kind, e.span, e.id)
}

impl Folder {
    fn block(&mut self, b: &Block, info: &TypeInfo) -> Block {
        let mut stmts = Vec::new();
        for s in b.stmts.iter() {
            match self.stmt(s, info) {
                Some(folded) => {
                    let ends = match &folded.kind {
                        StmtKind::Return(_) | StmtKind::Break | StmtKind::Continue => true,
                        _ => false,
                    };
                    stmts.push(folded);
                    if ends {
                        break;
                    }
                }
                None => {}
            }
        }
        let dropped = b.stmts.len() - stmts.len().min(b.stmts.len());
        self.stats.dead_stmts += dropped;
        Block {
            stmts,
            span: b.span,
        }
    }

    /// The folded statement, or `None` when it disappears.
    fn stmt(&mut self, s: &Stmt, info: &TypeInfo) -> Option<Stmt> {
        let kind = match &s.kind {
            StmtKind::Let(name, ty, value, slot) => {
                StmtKind::Let(name.clone(), ty.clone(), self.expr(value, info), *slot)
            }
            StmtKind::Assign(name, res, value) => {
                StmtKind::Assign(name.clone(), *res, self.expr(value, info))
            }
            StmtKind::SetIndex(l, i, v) => {
                StmtKind::SetIndex(self.expr(l, info), self.expr(i, info), self.expr(v, info))
            }
            StmtKind::Expr(e) => StmtKind::Expr(self.expr(e, info)),
            StmtKind::If(cond, then, other) => {
                let c = self.expr(cond, info);
                match literal_bool(&c) {
                    Some(true) => {
                        self.stats.branches_pruned += 1;
                        StmtKind::Block(self.block(then, info))
                    }
                    Some(false) => {
                        self.stats.branches_pruned += 1;
                        match other {
                            Some(b) => StmtKind::Block(self.block(b, info)),
                            None => return None,
                        }
                    }
                    None => {
                        let t = self.block(then, info);
                        let o = match other {
                            Some(b) => Some(self.block(b, info)),
                            None => None,
                        };
                        StmtKind::If(c, t, o)
                    }
                }
            }
            StmtKind::While(cond, body) => {
                let c = self.expr(cond, info);
                if literal_bool(&c) == Some(false) {
                    self.stats.branches_pruned += 1;
                    return None;
                }
                StmtKind::While(c, self.block(body, info))
            }
            StmtKind::ForRange(var, lo, hi, body) => StmtKind::ForRange(
                var.clone(),
                self.expr(lo, info),
                self.expr(hi, info),
                self.block(body, info),
            ),
            StmtKind::ForEach(var, list, body) => {
                StmtKind::ForEach(var.clone(), self.expr(list, info), self.block(body, info))
            }
            StmtKind::Return(value) => StmtKind::Return(match value {
                Some(e) => Some(self.expr(e, info)),
                None => None,
            }),
            StmtKind::Break => StmtKind::Break,
            StmtKind::Continue => StmtKind::Continue,
            StmtKind::Block(b) => StmtKind::Block(self.block(b, info)),
        };
        Some(Stmt { kind, span: s.span })
    }

    fn expr(&mut self, e: &Expr, info: &TypeInfo) -> Expr {
        match &e.kind {
            ExprKind::Int(_) | ExprKind::Bool(_) | ExprKind::Str(_) => e.clone(),
            ExprKind::Var(_, Res::Const(i)) => {
                self.stats.inlined += 1;
                with_kind(e, self.consts[*i].kind.clone())
            }
            ExprKind::Var(_, _) => e.clone(),
            ExprKind::List(items) => {
                let mut out = Vec::new();
                for item in items.iter() {
                    out.push(self.expr(item, info));
                }
                with_kind(e, ExprKind::List(out))
            }
            ExprKind::Unary(op, x) => {
                let fx = self.expr(x, info);
                self.unary(e, *op, fx)
            }
            ExprKind::Binary(op, a, b) => {
                let fa = self.expr(a, info);
                let fb = self.expr(b, info);
                self.binary(e, *op, fa, fb, info)
            }
            ExprKind::Logic(op, a, b) => {
                let fa = self.expr(a, info);
                let fb = self.expr(b, info);
                self.logic(e, *op, fa, fb)
            }
            ExprKind::Cond(c, a, b) => {
                let fc = self.expr(c, info);
                let fa = self.expr(a, info);
                let fb = self.expr(b, info);
                match literal_bool(&fc) {
                    Some(true) => {
                        self.stats.branches_pruned += 1;
                        fa
                    }
                    Some(false) => {
                        self.stats.branches_pruned += 1;
                        fb
                    }
                    None => with_kind(e, ExprKind::Cond(Box::new(fc), Box::new(fa), Box::new(fb))),
                }
            }
            ExprKind::Call(callee, args) => {
                let fc = self.expr(callee, info);
                let mut out = Vec::new();
                for a in args.iter() {
                    out.push(self.expr(a, info));
                }
                with_kind(e, ExprKind::Call(Box::new(fc), out))
            }
            ExprKind::Index(l, i) => {
                let fl = self.expr(l, info);
                let fi = self.expr(i, info);
                with_kind(e, ExprKind::Index(Box::new(fl), Box::new(fi)))
            }
        }
    }

    fn unary(&mut self, e: &Expr, op: UnOp, x: Expr) -> Expr {
        match (op, &x.kind) {
            (UnOp::Neg, ExprKind::Int(v)) => match ops::negate(*v) {
                Ok(n) => {
                    self.stats.folded += 1;
                    return with_kind(e, ExprKind::Int(n));
                }
                Err(_) => {}
            },
            (UnOp::Not, ExprKind::Bool(b)) => {
                self.stats.folded += 1;
                return with_kind(e, ExprKind::Bool(!*b));
            }
            (UnOp::Not, ExprKind::Unary(UnOp::Not, inner)) => {
                self.stats.identities += 1;
                return (**inner).clone();
            }
            _ => {}
        }
        with_kind(e, ExprKind::Unary(op, Box::new(x)))
    }

    fn binary(&mut self, e: &Expr, op: BinOp, a: Expr, b: Expr, info: &TypeInfo) -> Expr {
        match (literal_int(&a), literal_int(&b)) {
            (Some(x), Some(y)) => {
                if op.is_comparison() {
                    self.stats.folded += 1;
                    return with_kind(e, ExprKind::Bool(ops::compare(op, ops::order_ints(x, y))));
                }
                match ops::int_binop(op, x, y) {
                    Ok(v) => {
                        self.stats.folded += 1;
                        return with_kind(e, ExprKind::Int(v));
                    }
                    Err(_) => return with_kind(e, ExprKind::Binary(op, Box::new(a), Box::new(b))),
                }
            }
            _ => {}
        }
        match (literal_str(&a), literal_str(&b)) {
            (Some(x), Some(y)) => {
                self.stats.folded += 1;
                if op == BinOp::Add {
                    return with_kind(e, ExprKind::Str(ops::concat(&x, &y)));
                }
                return with_kind(e, ExprKind::Bool(ops::compare(op, ops::order_strs(&x, &y))));
            }
            _ => {}
        }
        match (literal_bool(&a), literal_bool(&b)) {
            (Some(x), Some(y)) if op == BinOp::Eq || op == BinOp::Ne => {
                self.stats.folded += 1;
                return with_kind(e, ExprKind::Bool((x == y) == (op == BinOp::Eq)));
            }
            _ => {}
        }
        if *info.type_of(e) == Type::Int {
            match identity(op, &a, &b) {
                Some(keep_left) => {
                    self.stats.identities += 1;
                    return if keep_left { a } else { b };
                }
                None => {}
            }
        }
        with_kind(e, ExprKind::Binary(op, Box::new(a), Box::new(b)))
    }

    fn logic(&mut self, e: &Expr, op: LogicOp, a: Expr, b: Expr) -> Expr {
        match (op, literal_bool(&a)) {
            (LogicOp::And, Some(true)) | (LogicOp::Or, Some(false)) => {
                self.stats.folded += 1;
                b
            }
            (LogicOp::And, Some(false)) | (LogicOp::Or, Some(true)) => {
                self.stats.folded += 1;
                a
            }
            _ => with_kind(e, ExprKind::Logic(op, Box::new(a), Box::new(b))),
        }
    }
}

/// For an integer operation with a neutral operand, which side to keep (`true`: the left).
fn identity(op: BinOp, a: &Expr, b: &Expr) -> Option<bool> {
    let la = literal_int(a);
    let lb = literal_int(b);
    match op {
        BinOp::Add | BinOp::BitOr | BinOp::BitXor => {
            if lb == Some(0) {
                Some(true)
            } else if la == Some(0) {
                Some(false)
            } else {
                None
            }
        }
        BinOp::Sub | BinOp::Shl | BinOp::Shr => {
            if lb == Some(0) {
                Some(true)
            } else {
                None
            }
        }
        BinOp::Mul => {
            if lb == Some(1) {
                Some(true)
            } else if la == Some(1) {
                Some(false)
            } else {
                None
            }
        }
        BinOp::Div => {
            if lb == Some(1) {
                Some(true)
            } else {
                None
            }
        }
        _ => None,
    }
}
