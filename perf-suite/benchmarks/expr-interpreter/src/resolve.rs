//! Name resolution: fills in every `Res`, gives each local (parameters, `let`s, loop variables
//! and the hidden state of loops) a slot in its function's frame, and reports names that do not
//! exist, duplicates, assignments to non-variables and `break` outside loops. Unused locals are
//! warnings, returned beside the program.

use crate::ast::{Block, Expr, ExprKind, FnDecl, LoopVar, Program, Res, Stmt, StmtKind};
use crate::builtins;
use crate::diag::{Errors, LangError, Span};

/// A local in scope: its name, slot, where it was declared and whether it was read.
struct Local {
    name: String,
    slot: usize,
    span: Span,
    used: bool,
}

pub struct Resolver {
    fn_names: Vec<String>,
    const_names: Vec<String>,
    /// While resolving constant `i`, only constants before it may be named.
    const_limit: usize,
    scopes: Vec<Vec<Local>>,
    next_slot: usize,
    max_slot: usize,
    loop_depth: usize,
    errors: Errors,
    pub warnings: Vec<String>,
}

pub struct Resolved {
    pub warnings: Vec<String>,
}

pub fn resolve(program: &mut Program) -> Result<Resolved, LangError> {
    let mut r = Resolver::new(program);
    r.check_globals(program);
    let limit = program.consts.len();
    let mut i = 0;
    while i < limit {
        r.const_limit = i;
        r.expr(&mut program.consts[i].value);
        r.check_const(&program.consts[i].value);
        i += 1;
    }
    r.const_limit = limit;
    for f in program.fns.iter_mut() {
        r.function(f);
    }
    match r.errors.first() {
        Some(e) => Err(e),
        None => Ok(Resolved {
            warnings: r.warnings,
        }),
    }
}

impl Resolver {
    fn new(program: &Program) -> Resolver {
        let mut fn_names = Vec::new();
        for f in program.fns.iter() {
            fn_names.push(f.name.clone());
        }
        let mut const_names = Vec::new();
        for c in program.consts.iter() {
            const_names.push(c.name.clone());
        }
        Resolver {
            fn_names,
            const_names,
            const_limit: 0,
            scopes: Vec::new(),
            next_slot: 0,
            max_slot: 0,
            loop_depth: 0,
            errors: Errors::new(),
            warnings: Vec::new(),
        }
    }

    fn error(&mut self, message: String, span: Span) {
        self.errors.push(LangError::resolve(message, span));
    }

    /// Duplicate or clashing global names, and the entry point.
    fn check_globals(&mut self, program: &Program) {
        for (i, f) in program.fns.iter().enumerate() {
            if position(&self.fn_names, &f.name) != Some(i) {
                self.error(
                    format!("function `{}` is defined more than once", f.name),
                    f.span,
                );
            }
            if builtins::lookup(&f.name).is_some() {
                self.error(
                    format!("function `{}` has the name of a builtin", f.name),
                    f.span,
                );
            }
        }
        for (i, c) in program.consts.iter().enumerate() {
            if position(&self.const_names, &c.name) != Some(i) {
                self.error(
                    format!("constant `{}` is defined more than once", c.name),
                    c.span,
                );
            }
            if position(&self.fn_names, &c.name).is_some() || builtins::lookup(&c.name).is_some() {
                self.error(
                    format!("constant `{}` clashes with a function", c.name),
                    c.span,
                );
            }
        }
        match position(&self.fn_names, "main") {
            None => self.error(
                "the program has no `main` function".to_string(),
                Span::new(0, 0, 1, 1),
            ),
            Some(i) => {
                let main = &program.fns[i];
                if !main.params.is_empty() {
                    self.error("`main` takes no parameters".to_string(), main.span);
                }
            }
        }
    }

    /// A constant's initializer may use literals, operators and earlier constants only, so that
    /// it can be computed before the program runs.
    fn check_const(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Int(_) | ExprKind::Bool(_) | ExprKind::Str(_) => {}
            ExprKind::Var(_, Res::Const(_)) | ExprKind::Var(_, Res::Unresolved) => {}
            ExprKind::Unary(_, x) => self.check_const(x),
            ExprKind::Binary(_, a, b) | ExprKind::Logic(_, a, b) => {
                self.check_const(a);
                self.check_const(b);
            }
            ExprKind::Cond(c, a, b) => {
                self.check_const(c);
                self.check_const(a);
                self.check_const(b);
            }
            _ => self.error(
                "a constant may only use literals, operators and other constants".to_string(),
                e.span,
            ),
        }
    }

    // ------------------------------------------------------------------ scopes

    fn push_scope(&mut self) {
        self.scopes.push(Vec::new());
    }

    fn pop_scope(&mut self) {
        let scope = match self.scopes.pop() {
            Some(s) => s,
            None => return,
        };
        for local in scope.iter() {
            if !local.used && !local.name.starts_with('_') {
                self.warnings.push(format!(
                    "line {}: unused variable `{}`",
                    local.span.line, local.name
                ));
            }
        }
    }

    fn new_slot(&mut self) -> usize {
        let s = self.next_slot;
        self.next_slot += 1;
        if self.next_slot > self.max_slot {
            self.max_slot = self.next_slot;
        }
        s
    }

    fn declare(&mut self, name: &str, span: Span) -> usize {
        let slot = self.new_slot();
        let local = Local {
            name: name.to_string(),
            slot,
            span,
            used: false,
        };
        let depth = self.scopes.len();
        if depth == 0 {
            self.error("declaration outside any scope".to_string(), span);
        } else {
            self.scopes[depth - 1].push(local);
        }
        slot
    }

    /// The innermost local named `name`, marking it used.
    fn lookup_local(&mut self, name: &str, mark_used: bool) -> Option<usize> {
        let mut i = self.scopes.len();
        while i > 0 {
            i -= 1;
            let scope = &mut self.scopes[i];
            let mut j = scope.len();
            while j > 0 {
                j -= 1;
                if scope[j].name.as_str() == name {
                    if mark_used {
                        scope[j].used = true;
                    }
                    return Some(scope[j].slot);
                }
            }
        }
        None
    }

    fn lookup(&mut self, name: &str, span: Span) -> Res {
        match self.lookup_local(name, true) {
            Some(slot) => return Res::Local(slot),
            None => {}
        }
        match position(&self.const_names, name) {
            Some(i) if i < self.const_limit => return Res::Const(i),
            Some(_) => {
                self.error(
                    format!("constant `{}` is used before its definition", name),
                    span,
                );
                return Res::Unresolved;
            }
            None => {}
        }
        match position(&self.fn_names, name) {
            Some(i) => return Res::Func(i),
            None => {}
        }
        match builtins::lookup(name) {
            Some(b) => Res::Builtin(b),
            None => {
                self.error(format!("cannot find `{}` in this scope", name), span);
                Res::Unresolved
            }
        }
    }

    // ------------------------------------------------------------------ functions and statements

    fn function(&mut self, f: &mut FnDecl) {
        self.next_slot = 0;
        self.max_slot = 0;
        self.loop_depth = 0;
        self.push_scope();
        let mut seen: Vec<String> = Vec::new();
        for p in f.params.iter() {
            if position(&seen, &p.name).is_some() {
                self.error(
                    format!("parameter `{}` appears twice in `{}`", p.name, f.name),
                    p.span,
                );
            }
            seen.push(p.name.clone());
            self.declare(&p.name, p.span);
        }
        self.block(&mut f.body);
        self.pop_scope();
        f.locals = self.max_slot;
    }

    fn block(&mut self, b: &mut Block) {
        self.push_scope();
        let saved = self.next_slot;
        for s in b.stmts.iter_mut() {
            self.stmt(s);
        }
        // Slots of a finished block are reused by its siblings.
        self.next_slot = saved;
        self.pop_scope();
    }

    fn stmt(&mut self, s: &mut Stmt) {
        let span = s.span;
        match &mut s.kind {
            StmtKind::Let(name, _, value, slot) => {
                // The value is resolved before the name exists: `let x = x + 1;` reads the outer x.
                self.expr(value);
                *slot = self.declare(name, span);
            }
            StmtKind::Assign(name, res, value) => {
                self.expr(value);
                *res = match self.lookup_local(name, false) {
                    Some(slot) => Res::Local(slot),
                    None => {
                        let what = self.describe_global(name);
                        self.error(format!("cannot assign to {}", what), span);
                        Res::Unresolved
                    }
                };
            }
            StmtKind::SetIndex(list, index, value) => {
                self.expr(list);
                self.expr(index);
                self.expr(value);
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::If(cond, then, other) => {
                self.expr(cond);
                self.block(then);
                match other {
                    Some(b) => self.block(b),
                    None => {}
                }
            }
            StmtKind::While(cond, body) => {
                self.expr(cond);
                self.loop_body(body);
            }
            StmtKind::ForRange(var, lo, hi, body) => {
                self.expr(lo);
                self.expr(hi);
                self.push_scope();
                self.loop_var(var, span);
                self.loop_body(body);
                self.pop_scope();
            }
            StmtKind::ForEach(var, list, body) => {
                self.expr(list);
                self.push_scope();
                self.loop_var(var, span);
                self.loop_body(body);
                self.pop_scope();
            }
            StmtKind::Return(value) => match value {
                Some(e) => self.expr(e),
                None => {}
            },
            StmtKind::Break => {
                if self.loop_depth == 0 {
                    self.error("`break` outside of a loop".to_string(), span);
                }
            }
            StmtKind::Continue => {
                if self.loop_depth == 0 {
                    self.error("`continue` outside of a loop".to_string(), span);
                }
            }
            StmtKind::Block(b) => self.block(b),
        }
    }

    /// The loop variable and two hidden slots of loop state (counter and end, or list and index),
    /// which no name can reach.
    fn loop_var(&mut self, var: &mut LoopVar, span: Span) {
        var.hidden = self.new_slot();
        var.hidden2 = self.new_slot();
        var.slot = self.declare(&var.name, span);
        // A loop variable named `_` or never read is not worth a warning.
        self.lookup_local(&var.name, true);
    }

    fn loop_body(&mut self, body: &mut Block) {
        self.loop_depth += 1;
        self.block(body);
        self.loop_depth -= 1;
    }

    fn describe_global(&self, name: &str) -> String {
        if position(&self.fn_names, name).is_some() {
            format!("function `{}`", name)
        } else if position(&self.const_names, name).is_some() {
            format!("constant `{}`", name)
        } else if builtins::lookup(name).is_some() {
            format!("builtin `{}`", name)
        } else {
            format!("undeclared variable `{}`", name)
        }
    }

    // ------------------------------------------------------------------ expressions

    fn expr(&mut self, e: &mut Expr) {
        let span = e.span;
        match &mut e.kind {
            ExprKind::Int(_) | ExprKind::Bool(_) | ExprKind::Str(_) => {}
            ExprKind::Var(name, res) => {
                *res = self.lookup(name, span);
            }
            ExprKind::List(items) => {
                for item in items.iter_mut() {
                    self.expr(item);
                }
            }
            ExprKind::Unary(_, x) => self.expr(x),
            ExprKind::Binary(_, a, b) | ExprKind::Logic(_, a, b) | ExprKind::Index(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Cond(c, a, b) => {
                self.expr(c);
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Call(f, args) => {
                self.expr(f);
                for a in args.iter_mut() {
                    self.expr(a);
                }
            }
        }
    }
}

/// Index of `name` in `names`.
pub fn position(names: &[String], name: &str) -> Option<usize> {
    for (i, n) in names.iter().enumerate() {
        if n.as_str() == name {
            return Some(i);
        }
    }
    None
}
