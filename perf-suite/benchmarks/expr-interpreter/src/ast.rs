//! The syntax tree. Names are resolved in place (`Res`) by the resolver; every expression has an
//! id, unique in its program, that the type checker uses to record types.

use crate::diag::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
}

impl BinOp {
    pub fn symbol(&self) -> &str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
        }
    }

    /// Binding strength: higher binds tighter. Logic operators sit below all of these.
    pub fn precedence(&self) -> u8 {
        match self {
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => 3,
            BinOp::BitOr => 4,
            BinOp::BitXor => 5,
            BinOp::BitAnd => 6,
            BinOp::Shl | BinOp::Shr => 7,
            BinOp::Add | BinOp::Sub => 8,
            BinOp::Mul | BinOp::Div | BinOp::Rem => 9,
        }
    }

    pub fn is_comparison(&self) -> bool {
        self.precedence() == 3
    }
}

impl LogicOp {
    pub fn symbol(&self) -> &str {
        match self {
            LogicOp::And => "&&",
            LogicOp::Or => "||",
        }
    }

    pub fn precedence(&self) -> u8 {
        match self {
            LogicOp::Or => 1,
            LogicOp::And => 2,
        }
    }
}

impl UnOp {
    pub fn symbol(&self) -> &str {
        match self {
            UnOp::Neg => "-",
            UnOp::Not => "!",
        }
    }
}

/// What a name refers to, filled in by the resolver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Res {
    Unresolved,
    Local(usize),
    Func(usize),
    Builtin(usize),
    Const(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    pub id: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Int(i64),
    Bool(bool),
    Str(String),
    Var(String, Res),
    List(Vec<Expr>),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Logic(LogicOp, Box<Expr>, Box<Expr>),
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(Box<Expr>, Vec<Expr>),
    Index(Box<Expr>, Box<Expr>),
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span, id: usize) -> Expr {
        Expr { kind, span, id }
    }

    pub fn is_literal(&self) -> bool {
        match &self.kind {
            ExprKind::Int(_) | ExprKind::Bool(_) | ExprKind::Str(_) => true,
            _ => false,
        }
    }

    /// The name of a plain variable expression.
    pub fn var_name(&self) -> Option<&str> {
        match &self.kind {
            ExprKind::Var(name, _) => Some(name.as_str()),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeExpr {
    Int,
    Bool,
    Str,
    Unit,
    List(Box<TypeExpr>),
    Fn(Vec<TypeExpr>, Box<TypeExpr>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

/// A loop variable and the hidden slots the loop needs (the end of a range; the list and index of
/// a `for x in list`), all assigned by the resolver.
#[derive(Debug, Clone, PartialEq)]
pub struct LoopVar {
    pub name: String,
    pub slot: usize,
    pub hidden: usize,
    pub hidden2: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    Let(String, Option<TypeExpr>, Expr, usize),
    Assign(String, Res, Expr),
    SetIndex(Expr, Expr, Expr),
    Expr(Expr),
    If(Expr, Block, Option<Block>),
    While(Expr, Block),
    ForRange(LoopVar, Expr, Expr, Block),
    ForEach(LoopVar, Expr, Block),
    Return(Option<Expr>),
    Break,
    Continue,
    Block(Block),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub ty: Option<TypeExpr>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FnDecl {
    pub name: String,
    pub params: Vec<Param>,
    pub ret: Option<TypeExpr>,
    pub body: Block,
    pub span: Span,
    /// Slots for parameters, locals and hidden loop state; set by the resolver.
    pub locals: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConstDecl {
    pub name: String,
    pub ty: Option<TypeExpr>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    pub fns: Vec<FnDecl>,
    pub consts: Vec<ConstDecl>,
    /// One more than the largest expression id.
    pub next_id: usize,
}

impl Program {
    pub fn find_fn(&self, name: &str) -> Option<usize> {
        for (i, f) in self.fns.iter().enumerate() {
            if f.name.as_str() == name {
                return Some(i);
            }
        }
        None
    }
}

/// Hooks for a read-only, pre-order walk of a program (`walk_program`): each is called on a node
/// before its children. Implementors override the hooks they need.
pub trait Visitor {
    fn expr(&mut self, _e: &Expr) {}

    fn stmt(&mut self, _s: &Stmt) {}

    fn enter_fn(&mut self, _f: &FnDecl) {}
}

pub fn walk_program<V: Visitor>(v: &mut V, p: &Program) {
    for c in p.consts.iter() {
        walk_expr(v, &c.value);
    }
    for f in p.fns.iter() {
        v.enter_fn(f);
        walk_block(v, &f.body);
    }
}

pub fn walk_block<V: Visitor>(v: &mut V, b: &Block) {
    for s in b.stmts.iter() {
        walk_stmt(v, s);
    }
}

pub fn walk_expr<V: Visitor>(v: &mut V, e: &Expr) {
    v.expr(e);
    match &e.kind {
        ExprKind::Int(_) | ExprKind::Bool(_) | ExprKind::Str(_) | ExprKind::Var(_, _) => {}
        ExprKind::List(items) => {
            for item in items.iter() {
                walk_expr(v, item);
            }
        }
        ExprKind::Unary(_, x) => walk_expr(v, x),
        ExprKind::Binary(_, a, b) | ExprKind::Logic(_, a, b) | ExprKind::Index(a, b) => {
            walk_expr(v, a);
            walk_expr(v, b);
        }
        ExprKind::Cond(c, a, b) => {
            walk_expr(v, c);
            walk_expr(v, a);
            walk_expr(v, b);
        }
        ExprKind::Call(f, args) => {
            walk_expr(v, f);
            for a in args.iter() {
                walk_expr(v, a);
            }
        }
    }
}

pub fn walk_stmt<V: Visitor>(v: &mut V, s: &Stmt) {
    v.stmt(s);
    match &s.kind {
        StmtKind::Let(_, _, e, _) | StmtKind::Assign(_, _, e) | StmtKind::Expr(e) => {
            walk_expr(v, e)
        }
        StmtKind::SetIndex(l, i, x) => {
            walk_expr(v, l);
            walk_expr(v, i);
            walk_expr(v, x);
        }
        StmtKind::If(c, then, other) => {
            walk_expr(v, c);
            walk_block(v, then);
            match other {
                Some(b) => walk_block(v, b),
                None => {}
            }
        }
        StmtKind::While(c, body) => {
            walk_expr(v, c);
            walk_block(v, body);
        }
        StmtKind::ForRange(_, lo, hi, body) => {
            walk_expr(v, lo);
            walk_expr(v, hi);
            walk_block(v, body);
        }
        StmtKind::ForEach(_, list, body) => {
            walk_expr(v, list);
            walk_block(v, body);
        }
        StmtKind::Return(value) => match value {
            Some(e) => walk_expr(v, e),
            None => {}
        },
        StmtKind::Break | StmtKind::Continue => {}
        StmtKind::Block(b) => walk_block(v, b),
    }
}

/// Counts nodes by kind: the size of a program as the statistics report it.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct NodeCount {
    pub fns: usize,
    pub exprs: usize,
    pub stmts: usize,
    pub calls: usize,
    pub loops: usize,
    pub literals: usize,
}

impl Visitor for NodeCount {
    fn expr(&mut self, e: &Expr) {
        self.exprs += 1;
        if e.is_literal() {
            self.literals += 1;
        }
        match &e.kind {
            ExprKind::Call(_, _) => self.calls += 1,
            _ => {}
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.stmts += 1;
        match &s.kind {
            StmtKind::While(_, _) | StmtKind::ForRange(_, _, _, _) | StmtKind::ForEach(_, _, _) => {
                self.loops += 1
            }
            _ => {}
        }
    }

    fn enter_fn(&mut self, _f: &FnDecl) {
        self.fns += 1;
    }
}

pub fn count_nodes(p: &Program) -> NodeCount {
    let mut c = NodeCount::default();
    walk_program(&mut c, p);
    c
}
