//! The pretty-printer: a program back to canonical source, with four-space indentation and the
//! fewest parentheses that keep its meaning. Printing, parsing and printing again must give the
//! same text, which the test driver checks for every program.

use crate::ast::{Block, ConstDecl, Expr, ExprKind, FnDecl, Program, Stmt, StmtKind, TypeExpr};
use crate::value::escape;

/// Precedence of the conditional operator, below `||`.
const COND: u8 = 0;
/// Precedence of unary operators and everything tighter.
const UNARY: u8 = 10;
const POSTFIX: u8 = 11;

pub struct Printer {
    out: String,
    indent: usize,
}

pub fn print_program(p: &Program) -> String {
    let mut pr = Printer {
        out: String::new(),
        indent: 0,
    };
    for c in p.consts.iter() {
        pr.const_decl(c);
    }
    for (i, f) in p.fns.iter().enumerate() {
        if i > 0 || !p.consts.is_empty() {
            pr.out.push('\n');
        }
        pr.fn_decl(f);
    }
    pr.out
}

pub fn print_type(t: &TypeExpr) -> String {
    match t {
        TypeExpr::Int => "int".to_string(),
        TypeExpr::Bool => "bool".to_string(),
        TypeExpr::Str => "str".to_string(),
        TypeExpr::Unit => "unit".to_string(),
        TypeExpr::List(inner) => format!("[{}]", print_type(inner)),
        TypeExpr::Fn(params, ret) => {
            let mut s = String::from("fn(");
            for (i, p) in params.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&print_type(p));
            }
            s.push_str(") -> ");
            s.push_str(&print_type(ret));
            s
        }
    }
}

impl Printer {
    fn line_start(&mut self) {
        let mut i = 0;
        while i < self.indent {
            self.out.push_str("    ");
            i += 1;
        }
    }

    fn const_decl(&mut self, c: &ConstDecl) {
        self.out.push_str("const ");
        self.out.push_str(&c.name);
        match &c.ty {
            Some(t) => {
                self.out.push_str(": ");
                self.out.push_str(&print_type(t));
            }
            None => {}
        }
        self.out.push_str(" = ");
        self.expr(&c.value, COND);
        self.out.push_str(";\n");
    }

    fn fn_decl(&mut self, f: &FnDecl) {
        self.out.push_str("fn ");
        self.out.push_str(&f.name);
        self.out.push('(');
        for (i, p) in f.params.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.out.push_str(&p.name);
            match &p.ty {
                Some(t) => {
                    self.out.push_str(": ");
                    self.out.push_str(&print_type(t));
                }
                None => {}
            }
        }
        self.out.push(')');
        match &f.ret {
            Some(t) => {
                self.out.push_str(" -> ");
                self.out.push_str(&print_type(t));
            }
            None => {}
        }
        self.out.push(' ');
        self.block(&f.body);
        self.out.push('\n');
    }

    /// A block from its `{` (already placed on the current line) to its `}`.
    fn block(&mut self, b: &Block) {
        if b.stmts.is_empty() {
            self.out.push_str("{}");
            return;
        }
        self.out.push_str("{\n");
        self.indent += 1;
        for s in b.stmts.iter() {
            self.line_start();
            self.stmt(s);
            self.out.push('\n');
        }
        self.indent -= 1;
        self.line_start();
        self.out.push('}');
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Let(name, ty, value, _) => {
                self.out.push_str("let ");
                self.out.push_str(name);
                match ty {
                    Some(t) => {
                        self.out.push_str(": ");
                        self.out.push_str(&print_type(t));
                    }
                    None => {}
                }
                self.out.push_str(" = ");
                self.expr(value, COND);
                self.out.push(';');
            }
            StmtKind::Assign(name, _, value) => {
                self.out.push_str(name);
                self.out.push_str(" = ");
                self.expr(value, COND);
                self.out.push(';');
            }
            StmtKind::SetIndex(list, index, value) => {
                self.expr(list, POSTFIX);
                self.out.push('[');
                self.expr(index, COND);
                self.out.push_str("] = ");
                self.expr(value, COND);
                self.out.push(';');
            }
            StmtKind::Expr(e) => {
                self.expr(e, COND);
                self.out.push(';');
            }
            StmtKind::If(cond, then, other) => self.if_chain(cond, then, other),
            StmtKind::While(cond, body) => {
                self.out.push_str("while ");
                self.expr(cond, COND);
                self.out.push(' ');
                self.block(body);
            }
            StmtKind::ForRange(var, lo, hi, body) => {
                self.out.push_str("for ");
                self.out.push_str(&var.name);
                self.out.push_str(" in ");
                self.expr(lo, COND);
                self.out.push_str("..");
                self.expr(hi, COND);
                self.out.push(' ');
                self.block(body);
            }
            StmtKind::ForEach(var, list, body) => {
                self.out.push_str("for ");
                self.out.push_str(&var.name);
                self.out.push_str(" in ");
                self.expr(list, COND);
                self.out.push(' ');
                self.block(body);
            }
            StmtKind::Return(value) => match value {
                Some(e) => {
                    self.out.push_str("return ");
                    self.expr(e, COND);
                    self.out.push(';');
                }
                None => self.out.push_str("return;"),
            },
            StmtKind::Break => self.out.push_str("break;"),
            StmtKind::Continue => self.out.push_str("continue;"),
            StmtKind::Block(b) => self.block(b),
        }
    }

    /// `if`, with an else block holding a single `if` written as `else if`.
    fn if_chain(&mut self, cond: &Expr, then: &Block, other: &Option<Block>) {
        self.out.push_str("if ");
        self.expr(cond, COND);
        self.out.push(' ');
        self.block(then);
        match other {
            None => {}
            Some(b) => {
                self.out.push_str(" else ");
                if b.stmts.len() == 1 {
                    match &b.stmts[0].kind {
                        StmtKind::If(c2, t2, o2) => {
                            self.if_chain(c2, t2, o2);
                            return;
                        }
                        _ => {}
                    }
                }
                self.block(b);
            }
        }
    }

    /// Writes `e` where the context binds with strength `min`: parenthesised if it binds looser.
    fn expr(&mut self, e: &Expr, min: u8) {
        let own = precedence(e);
        let parens = own < min;
        if parens {
            self.out.push('(');
        }
        match &e.kind {
            ExprKind::Int(v) => {
                if *v < 0 && min >= UNARY {
                    // A negative literal under a postfix or unary operator needs its parentheses.
                    self.out.push('(');
                    self.out.push_str(&v.to_string());
                    self.out.push(')');
                } else {
                    self.out.push_str(&v.to_string());
                }
            }
            ExprKind::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            ExprKind::Str(s) => self.out.push_str(&escape(s)),
            ExprKind::Var(name, _) => self.out.push_str(name),
            ExprKind::List(items) => {
                self.out.push('[');
                self.comma_list(items);
                self.out.push(']');
            }
            ExprKind::Unary(op, x) => {
                self.out.push_str(op.symbol());
                self.expr(x, UNARY);
            }
            ExprKind::Binary(op, a, b) => {
                let p = op.precedence();
                // Comparisons do not chain, so a comparison on the left needs parentheses too.
                self.expr(a, if op.is_comparison() { p + 1 } else { p });
                self.out.push(' ');
                self.out.push_str(op.symbol());
                self.out.push(' ');
                // Left-associative: the right operand needs parentheses at equal strength.
                self.expr(b, p + 1);
            }
            ExprKind::Logic(op, a, b) => {
                let p = op.precedence();
                self.expr(a, p);
                self.out.push(' ');
                self.out.push_str(op.symbol());
                self.out.push(' ');
                self.expr(b, p + 1);
            }
            ExprKind::Cond(c, a, b) => {
                self.expr(c, COND + 1);
                self.out.push_str(" ? ");
                self.expr(a, COND);
                self.out.push_str(" : ");
                self.expr(b, COND);
            }
            ExprKind::Call(f, args) => {
                self.expr(f, POSTFIX);
                self.out.push('(');
                self.comma_list(args);
                self.out.push(')');
            }
            ExprKind::Index(l, i) => {
                self.expr(l, POSTFIX);
                self.out.push('[');
                self.expr(i, COND);
                self.out.push(']');
            }
        }
        if parens {
            self.out.push(')');
        }
    }

    fn comma_list(&mut self, items: &[Expr]) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.expr(item, COND);
        }
    }
}

fn precedence(e: &Expr) -> u8 {
    match &e.kind {
        ExprKind::Cond(_, _, _) => COND,
        ExprKind::Logic(op, _, _) => op.precedence(),
        ExprKind::Binary(op, _, _) => op.precedence(),
        ExprKind::Unary(_, _) => UNARY,
        _ => POSTFIX,
    }
}
