//! The type checker: infers a type for every expression by unification. User functions are
//! monomorphic (unannotated parameters get one type from their uses); builtins are polymorphic
//! (each use instantiates fresh variables). `+` and comparisons work on ints and strings: such
//! uses are checked at the end, when their operand types are known, and default to `int`.

use crate::ast::{BinOp, Block, Expr, ExprKind, LogicOp, Program, Res, Stmt, StmtKind, UnOp};
use crate::builtins::{self, Builtin};
use crate::diag::{Errors, LangError, Span};
use crate::types::{explain, Type, TypeTable};

/// What the later phases need: the resolved type of every expression (by id) and signatures.
pub struct TypeInfo {
    pub expr_types: Vec<Type>,
    pub fn_sigs: Vec<Type>,
    pub const_types: Vec<Type>,
    pub unifications: usize,
    pub type_vars: usize,
}

impl TypeInfo {
    pub fn type_of(&self, e: &Expr) -> &Type {
        &self.expr_types[e.id]
    }

    /// Whether `e` is a string, for operators that work on ints and strings.
    pub fn is_str(&self, e: &Expr) -> bool {
        self.expr_types[e.id] == Type::Str
    }
}

/// An operator use whose operand must turn out to be `int` or `str`.
struct Deferred {
    ty: Type,
    op: String,
    span: Span,
}

struct Checker {
    table: TypeTable,
    expr_types: Vec<Option<Type>>,
    fn_sigs: Vec<Type>,
    const_types: Vec<Type>,
    locals: Vec<Type>,
    ret: Type,
    fn_name: String,
    deferred: Vec<Deferred>,
    errors: Errors,
}

pub fn check(p: &Program) -> Result<TypeInfo, LangError> {
    let mut c = Checker {
        table: TypeTable::new(),
        expr_types: Vec::new(),
        fn_sigs: Vec::new(),
        const_types: Vec::new(),
        locals: Vec::new(),
        ret: Type::Unit,
        fn_name: String::new(),
        deferred: Vec::new(),
        errors: Errors::new(),
    };
    let mut i = 0;
    while i < p.next_id {
        c.expr_types.push(None);
        i += 1;
    }
    for k in p.consts.iter() {
        let t = c.infer(&k.value);
        match &k.ty {
            Some(annot) => {
                let want = Type::from_expr(annot);
                c.expect(&want, &t, k.value.span, "in this constant");
                c.const_types.push(want);
            }
            None => c.const_types.push(t),
        }
    }
    for f in p.fns.iter() {
        let mut params = Vec::new();
        for param in f.params.iter() {
            params.push(match &param.ty {
                Some(t) => Type::from_expr(t),
                None => c.table.fresh(),
            });
        }
        let ret = match &f.ret {
            Some(t) => Type::from_expr(t),
            None => c.table.fresh(),
        };
        c.fn_sigs.push(Type::func(params, ret));
    }
    let mut index = 0;
    while index < p.fns.len() {
        c.function(p, index);
        index += 1;
    }
    c.finish_deferred();
    match c.errors.first() {
        Some(e) => return Err(e),
        None => {}
    }
    Ok(c.into_info())
}

impl Checker {
    fn error(&mut self, message: String, span: Span) {
        self.errors.push(LangError::types(message, span));
    }

    /// Unifies `found` with `want`; on failure reports `context`.
    fn expect(&mut self, want: &Type, found: &Type, span: Span, context: &str) {
        match self.table.unify(want, found) {
            Ok(()) => {}
            Err(m) => {
                let msg = format!(
                    "mismatched types {}: {}",
                    context,
                    explain(&self.table, &m, want, found)
                );
                self.error(msg, span);
            }
        }
    }

    fn record(&mut self, e: &Expr, t: Type) -> Type {
        self.expr_types[e.id] = Some(t.clone());
        t
    }

    fn into_info(mut self) -> TypeInfo {
        let mut expr_types = Vec::new();
        let mut i = 0;
        while i < self.expr_types.len() {
            let t = match &self.expr_types[i] {
                Some(t) => t.clone(),
                None => Type::Unit,
            };
            self.table.default_to_int(&t);
            expr_types.push(self.table.resolve(&t));
            i += 1;
        }
        let mut fn_sigs = Vec::new();
        for s in self.fn_sigs.iter() {
            fn_sigs.push(self.table.resolve(s));
        }
        let mut const_types = Vec::new();
        for s in self.const_types.iter() {
            const_types.push(self.table.resolve(s));
        }
        TypeInfo {
            expr_types,
            fn_sigs,
            const_types,
            unifications: self.table.unifications,
            type_vars: self.table.var_count(),
        }
    }

    fn finish_deferred(&mut self) {
        let mut i = 0;
        while i < self.deferred.len() {
            let t = self.table.prune(&self.deferred[i].ty);
            match t {
                Type::Int | Type::Str => {}
                Type::Var(_) => {
                    let ty = self.deferred[i].ty.clone();
                    self.table.default_to_int(&ty);
                }
                other => {
                    let msg = format!(
                        "operator `{}` cannot be applied to values of type `{}`",
                        self.deferred[i].op,
                        self.table.show(&other)
                    );
                    let span = self.deferred[i].span;
                    self.error(msg, span);
                }
            }
            i += 1;
        }
    }

    // ------------------------------------------------------------------ functions and statements

    fn function(&mut self, p: &Program, index: usize) {
        let f = &p.fns[index];
        let (params, ret) = match &self.fn_sigs[index] {
            Type::Fn(params, ret) => (params.clone(), (**ret).clone()),
            _ => return,
        };
        self.locals.clear();
        let mut i = 0;
        while i < f.locals {
            let t = if i < params.len() {
                params[i].clone()
            } else {
                Type::Unit
            };
            self.locals.push(t);
            i += 1;
        }
        self.ret = ret.clone();
        self.fn_name = f.name.clone();
        self.block(&f.body);
        if !always_returns(&f.body) {
            match self.table.unify(&ret, &Type::Unit) {
                Ok(()) => {}
                Err(_) => {
                    let msg = format!(
                        "function `{}` may end without returning a value of type `{}`",
                        f.name,
                        self.table.show(&ret)
                    );
                    self.error(msg, f.body.span);
                }
            }
        }
    }

    fn block(&mut self, b: &Block) {
        for s in b.stmts.iter() {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Let(_, annot, value, slot) => {
                let t = self.infer(value);
                let declared = match annot {
                    Some(a) => {
                        let want = Type::from_expr(a);
                        self.expect(&want, &t, value.span, "in `let`");
                        want
                    }
                    None => t,
                };
                self.locals[*slot] = declared;
            }
            StmtKind::Assign(name, res, value) => {
                let t = self.infer(value);
                match res {
                    Res::Local(slot) => {
                        let want = self.locals[*slot].clone();
                        let context = format!("in the assignment to `{}`", name);
                        self.expect(&want, &t, value.span, &context);
                    }
                    _ => {}
                }
            }
            StmtKind::SetIndex(list, index, value) => {
                let lt = self.infer(list);
                let it = self.infer(index);
                let vt = self.infer(value);
                self.expect(&Type::Int, &it, index.span, "for a list index");
                let want = Type::list_of(vt);
                self.expect(&want, &lt, list.span, "in an indexed assignment");
            }
            StmtKind::Expr(e) => {
                self.infer(e);
            }
            StmtKind::If(cond, then, other) => {
                self.condition(cond, "`if`");
                self.block(then);
                match other {
                    Some(b) => self.block(b),
                    None => {}
                }
            }
            StmtKind::While(cond, body) => {
                self.condition(cond, "`while`");
                self.block(body);
            }
            StmtKind::ForRange(var, lo, hi, body) => {
                let a = self.infer(lo);
                let b = self.infer(hi);
                self.expect(&Type::Int, &a, lo.span, "for the start of a range");
                self.expect(&Type::Int, &b, hi.span, "for the end of a range");
                self.locals[var.slot] = Type::Int;
                self.locals[var.hidden] = Type::Int;
                self.locals[var.hidden2] = Type::Int;
                self.block(body);
            }
            StmtKind::ForEach(var, list, body) => {
                let lt = self.infer(list);
                let elem = self.table.fresh();
                let want = Type::list_of(elem.clone());
                self.expect(&want, &lt, list.span, "in `for ... in`");
                self.locals[var.slot] = elem;
                self.locals[var.hidden] = want;
                self.locals[var.hidden2] = Type::Int;
                self.block(body);
            }
            StmtKind::Return(value) => {
                let (t, span) = match value {
                    Some(e) => (self.infer(e), e.span),
                    None => (Type::Unit, s.span),
                };
                let want = self.ret.clone();
                let context = format!("in the return value of `{}`", self.fn_name);
                self.expect(&want, &t, span, &context);
            }
            StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Block(b) => self.block(b),
        }
    }

    fn condition(&mut self, cond: &Expr, what: &str) {
        let t = self.infer(cond);
        let context = format!("in the condition of {}", what);
        self.expect(&Type::Bool, &t, cond.span, &context);
    }

    // ------------------------------------------------------------------ expressions

    fn infer(&mut self, e: &Expr) -> Type {
        let t = self.infer_kind(e);
        self.record(e, t)
    }

    fn infer_kind(&mut self, e: &Expr) -> Type {
        match &e.kind {
            ExprKind::Int(_) => Type::Int,
            ExprKind::Bool(_) => Type::Bool,
            ExprKind::Str(_) => Type::Str,
            ExprKind::Var(_, res) => match res {
                Res::Local(slot) => self.locals[*slot].clone(),
                Res::Func(i) => self.fn_sigs[*i].clone(),
                Res::Const(i) => self.const_types[*i].clone(),
                Res::Builtin(b) => self.builtin_type(*b),
                Res::Unresolved => self.table.fresh(),
            },
            ExprKind::List(items) => {
                let elem = self.table.fresh();
                for item in items.iter() {
                    let t = self.infer(item);
                    self.expect(&elem, &t, item.span, "in a list literal");
                }
                Type::list_of(elem)
            }
            ExprKind::Unary(op, x) => {
                let t = self.infer(x);
                let want = match op {
                    UnOp::Neg => Type::Int,
                    UnOp::Not => Type::Bool,
                };
                let context = format!("for unary `{}`", op.symbol());
                self.expect(&want, &t, x.span, &context);
                want
            }
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b, e.span),
            ExprKind::Logic(op, a, b) => {
                let ta = self.infer(a);
                let tb = self.infer(b);
                let context = format!("for `{}`", logic_symbol(*op));
                self.expect(&Type::Bool, &ta, a.span, &context);
                self.expect(&Type::Bool, &tb, b.span, &context);
                Type::Bool
            }
            ExprKind::Cond(c, a, b) => {
                self.condition(c, "a conditional expression");
                let ta = self.infer(a);
                let tb = self.infer(b);
                self.expect(&ta, &tb, b.span, "between the branches of `?:`");
                ta
            }
            ExprKind::Call(callee, args) => self.call(callee, args, e.span),
            ExprKind::Index(list, index) => {
                let lt = self.infer(list);
                let it = self.infer(index);
                self.expect(&Type::Int, &it, index.span, "for a list index");
                let elem = self.table.fresh();
                let want = Type::list_of(elem.clone());
                self.expect(&want, &lt, list.span, "for indexing");
                elem
            }
        }
    }

    fn binary(&mut self, op: BinOp, a: &Expr, b: &Expr, span: Span) -> Type {
        let ta = self.infer(a);
        let tb = self.infer(b);
        let context = format!("for `{}`", op.symbol());
        match op {
            BinOp::Add => {
                self.expect(&ta, &tb, b.span, &context);
                self.deferred.push(Deferred {
                    ty: ta.clone(),
                    op: op.symbol().to_string(),
                    span,
                });
                ta
            }
            BinOp::Eq | BinOp::Ne => {
                self.expect(&ta, &tb, b.span, &context);
                Type::Bool
            }
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                self.expect(&ta, &tb, b.span, &context);
                self.deferred.push(Deferred {
                    ty: ta,
                    op: op.symbol().to_string(),
                    span,
                });
                Type::Bool
            }
            _ => {
                self.expect(&Type::Int, &ta, a.span, &context);
                self.expect(&Type::Int, &tb, b.span, &context);
                Type::Int
            }
        }
    }

    fn call(&mut self, callee: &Expr, args: &[Expr], span: Span) -> Type {
        let ft = self.infer(callee);
        let mut arg_types = Vec::new();
        for a in args.iter() {
            arg_types.push(self.infer(a));
        }
        let name = match callee.var_name() {
            Some(n) => format!("`{}`", n),
            None => "this function".to_string(),
        };
        match self.table.prune(&ft) {
            Type::Fn(params, ret) => {
                if params.len() != args.len() {
                    let msg = format!(
                        "{} takes {} argument{} but {} {} supplied",
                        name,
                        params.len(),
                        if params.len() == 1 { "" } else { "s" },
                        args.len(),
                        if args.len() == 1 { "was" } else { "were" }
                    );
                    self.error(msg, span);
                    return (*ret).clone();
                }
                let mut i = 0;
                while i < params.len() {
                    let context = format!("in argument {} of {}", i + 1, name);
                    self.expect(&params[i], &arg_types[i], args[i].span, &context);
                    i += 1;
                }
                (*ret).clone()
            }
            Type::Var(_) => {
                let ret = self.table.fresh();
                let want = Type::func(arg_types, ret.clone());
                self.expect(&want, &ft, callee.span, "for a call");
                ret
            }
            other => {
                let msg = format!(
                    "{} is not a function but a `{}`",
                    name,
                    self.table.show(&other)
                );
                self.error(msg, callee.span);
                self.table.fresh()
            }
        }
    }

    /// A fresh instance of a builtin's type scheme.
    fn builtin_type(&mut self, id: usize) -> Type {
        let a = self.table.fresh();
        let la = Type::list_of(a.clone());
        let (params, ret) = match builtins::ALL[id] {
            Builtin::Print | Builtin::Write => (vec![a], Type::Unit),
            Builtin::Len => (vec![la], Type::Int),
            Builtin::Push => (vec![la, a], Type::Unit),
            Builtin::Pop => (vec![la], a),
            Builtin::Str => (vec![a], Type::Str),
            Builtin::Strlen | Builtin::Ord | Builtin::ParseInt => (vec![Type::Str], Type::Int),
            Builtin::Substr => (vec![Type::Str, Type::Int, Type::Int], Type::Str),
            Builtin::CharAt => (vec![Type::Str, Type::Int], Type::Str),
            Builtin::Chr => (vec![Type::Int], Type::Str),
            Builtin::Abs => (vec![Type::Int], Type::Int),
            Builtin::Min | Builtin::Max => (vec![Type::Int, Type::Int], Type::Int),
            Builtin::Assert => (vec![Type::Bool, Type::Str], Type::Unit),
            Builtin::List => (vec![Type::Int, a], la),
            Builtin::Sort => (vec![Type::list_of(Type::Int)], Type::Unit),
            Builtin::Join => (vec![Type::list_of(Type::Str), Type::Str], Type::Str),
            Builtin::Split => (vec![Type::Str], Type::list_of(Type::Str)),
            Builtin::Copy => (vec![la.clone()], la),
            Builtin::Swap => (vec![la, Type::Int, Type::Int], Type::Unit),
            Builtin::Contains => (vec![la, a], Type::Bool),
        };
        Type::func(params, ret)
    }
}

fn logic_symbol(op: LogicOp) -> String {
    op.symbol().to_string()
}

/// Whether every path through `b` ends in `return`: its last statement returns, or is an `if`
/// whose both branches always return.
pub fn always_returns(b: &Block) -> bool {
    match b.stmts.last() {
        None => false,
        Some(s) => stmt_returns(s),
    }
}

fn stmt_returns(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_) => true,
        StmtKind::Block(b) => always_returns(b),
        StmtKind::If(_, then, Some(other)) => always_returns(then) && always_returns(other),
        _ => false,
    }
}
