//! Lints: warnings about programs that are valid but probably wrong. Unused functions (from the
//! call graph), statements after `return`/`break`/`continue`, `if` and `while` conditions that
//! are constant, comparisons of a variable with itself and assignments of a variable to itself.
//! Warnings come out sorted by line.

use crate::ast::{
    walk_program, BinOp, Block, Expr, ExprKind, FnDecl, Program, Stmt, StmtKind, Visitor,
};
use crate::callgraph::CallGraph;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Lint {
    pub line: u32,
    pub message: String,
}

struct Linter {
    lints: Vec<Lint>,
}

impl Linter {
    fn warn(&mut self, line: u32, message: String) {
        self.lints.push(Lint { line, message });
    }

    /// Statements after one that always leaves the block.
    fn check_block(&mut self, b: &Block) {
        let mut ended: Option<&str> = None;
        for s in b.stmts.iter() {
            match ended {
                Some(what) => {
                    self.warn(
                        s.span.line,
                        format!("unreachable statement after `{}`", what),
                    );
                    return;
                }
                None => {}
            }
            ended = match &s.kind {
                StmtKind::Return(_) => Some("return"),
                StmtKind::Break => Some("break"),
                StmtKind::Continue => Some("continue"),
                _ => None,
            };
        }
    }
}

fn same_variable(a: &Expr, b: &Expr) -> bool {
    match (&a.kind, &b.kind) {
        (ExprKind::Var(x, rx), ExprKind::Var(y, ry)) => x == y && rx == ry,
        _ => false,
    }
}

fn constant_condition(cond: &Expr) -> Option<bool> {
    match &cond.kind {
        ExprKind::Bool(b) => Some(*b),
        _ => None,
    }
}

impl Visitor for Linter {
    fn enter_fn(&mut self, f: &FnDecl) {
        self.check_block(&f.body);
    }

    fn stmt(&mut self, s: &Stmt) {
        let line = s.span.line;
        match &s.kind {
            StmtKind::If(cond, then, other) => {
                match constant_condition(cond) {
                    Some(v) => self.warn(line, format!("this `if` condition is always {}", v)),
                    None => {}
                }
                self.check_block(then);
                match other {
                    Some(b) => self.check_block(b),
                    None => {}
                }
            }
            StmtKind::While(cond, body) => {
                // `while true` is the idiom for an endless loop; only `while false` is suspicious.
                if constant_condition(cond) == Some(false) {
                    self.warn(line, "this `while` loop never runs".to_string());
                }
                self.check_block(body);
            }
            StmtKind::ForRange(_, _, _, body) | StmtKind::ForEach(_, _, body) => {
                self.check_block(body)
            }
            StmtKind::Block(b) => self.check_block(b),
            StmtKind::Assign(name, _, value) => {
                if value.var_name() == Some(name.as_str()) {
                    self.warn(line, format!("`{}` is assigned to itself", name));
                }
            }
            _ => {}
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Binary(op, a, b) => {
                if op.is_comparison() && same_variable(a, b) {
                    let verdict = match op {
                        BinOp::Eq | BinOp::Le | BinOp::Ge => "true",
                        _ => "false",
                    };
                    let name = match a.var_name() {
                        Some(n) => n.to_string(),
                        None => String::new(),
                    };
                    self.warn(
                        e.span.line,
                        format!("`{}` is compared with itself: always {}", name, verdict),
                    );
                }
            }
            _ => {}
        }
    }
}

pub fn lint(p: &Program, graph: &CallGraph) -> Vec<Lint> {
    let mut linter = Linter { lints: Vec::new() };
    for (i, f) in p.fns.iter().enumerate() {
        if !graph.reachable[i] {
            linter.warn(f.span.line, format!("function `{}` is never used", f.name));
        }
    }
    walk_program(&mut linter, p);
    linter.lints.sort();
    linter.lints
}
