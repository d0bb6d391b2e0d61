//! Types and unification: type variables are indices into a table of bindings (a union-find
//! without ranks), with an occurs check so that no type contains itself.

use crate::ast::TypeExpr;

#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    Int,
    Bool,
    Str,
    Unit,
    List(Box<Type>),
    Fn(Vec<Type>, Box<Type>),
    Var(usize),
}

impl Type {
    pub fn from_expr(t: &TypeExpr) -> Type {
        match t {
            TypeExpr::Int => Type::Int,
            TypeExpr::Bool => Type::Bool,
            TypeExpr::Str => Type::Str,
            TypeExpr::Unit => Type::Unit,
            TypeExpr::List(inner) => Type::List(Box::new(Type::from_expr(inner))),
            TypeExpr::Fn(params, ret) => {
                let mut ps = Vec::new();
                for p in params.iter() {
                    ps.push(Type::from_expr(p));
                }
                Type::Fn(ps, Box::new(Type::from_expr(ret)))
            }
        }
    }

    pub fn list_of(t: Type) -> Type {
        Type::List(Box::new(t))
    }

    pub fn func(params: Vec<Type>, ret: Type) -> Type {
        Type::Fn(params, Box::new(ret))
    }
}

/// Why two types do not unify: the pair that clashed (inner types for nested clashes).
#[derive(Debug, Clone, PartialEq)]
pub enum Mismatch {
    Clash(Type, Type),
    Arity(usize, usize),
    Infinite(usize, Type),
}

pub struct TypeTable {
    bindings: Vec<Option<Type>>,
    pub unifications: usize,
}

impl TypeTable {
    pub fn new() -> TypeTable {
        TypeTable {
            bindings: Vec::new(),
            unifications: 0,
        }
    }

    pub fn fresh(&mut self) -> Type {
        self.bindings.push(None);
        Type::Var(self.bindings.len() - 1)
    }

    pub fn var_count(&self) -> usize {
        self.bindings.len()
    }

    /// Follows variable bindings at the top of `t` only.
    pub fn prune(&self, t: &Type) -> Type {
        let mut current = t.clone();
        loop {
            let next = match &current {
                Type::Var(v) => match &self.bindings[*v] {
                    Some(bound) => bound.clone(),
                    None => return current,
                },
                _ => return current,
            };
            current = next;
        }
    }

    /// `t` with every bound variable replaced, all the way down.
    pub fn resolve(&self, t: &Type) -> Type {
        match self.prune(t) {
            Type::List(inner) => Type::list_of(self.resolve(&inner)),
            Type::Fn(params, ret) => {
                let mut ps = Vec::new();
                for p in params.iter() {
                    ps.push(self.resolve(p));
                }
                Type::func(ps, self.resolve(&ret))
            }
            other => other,
        }
    }

    fn occurs(&self, v: usize, t: &Type) -> bool {
        match self.prune(t) {
            Type::Var(w) => v == w,
            Type::List(inner) => self.occurs(v, &inner),
            Type::Fn(params, ret) => {
                for p in params.iter() {
                    if self.occurs(v, p) {
                        return true;
                    }
                }
                self.occurs(v, &ret)
            }
            _ => false,
        }
    }

    fn bind(&mut self, v: usize, t: Type) -> Result<(), Mismatch> {
        if let_var_is(&t, v) {
            return Ok(());
        }
        if self.occurs(v, &t) {
            return Err(Mismatch::Infinite(v, self.resolve(&t)));
        }
        self.bindings[v] = Some(t);
        Ok(())
    }

    pub fn unify(&mut self, a: &Type, b: &Type) -> Result<(), Mismatch> {
        self.unifications += 1;
        let a = self.prune(a);
        let b = self.prune(b);
        match (&a, &b) {
            (Type::Var(v), _) => self.bind(*v, b.clone()),
            (_, Type::Var(w)) => self.bind(*w, a.clone()),
            (Type::Int, Type::Int) | (Type::Bool, Type::Bool) => Ok(()),
            (Type::Str, Type::Str) | (Type::Unit, Type::Unit) => Ok(()),
            (Type::List(x), Type::List(y)) => self.unify(x, y),
            (Type::Fn(pa, ra), Type::Fn(pb, rb)) => {
                if pa.len() != pb.len() {
                    return Err(Mismatch::Arity(pa.len(), pb.len()));
                }
                let mut i = 0;
                while i < pa.len() {
                    self.unify(&pa[i], &pb[i])?;
                    i += 1;
                }
                self.unify(ra, rb)
            }
            _ => Err(Mismatch::Clash(self.resolve(&a), self.resolve(&b))),
        }
    }

    /// A type as the programmer writes it; unknown parts print as `?`.
    pub fn show(&self, t: &Type) -> String {
        type_text(&self.resolve(t))
    }

    /// Binds every variable still free in `t` to `int`, the default of the language.
    pub fn default_to_int(&mut self, t: &Type) {
        match self.prune(t) {
            Type::Var(v) => self.bindings[v] = Some(Type::Int),
            Type::List(inner) => self.default_to_int(&inner),
            Type::Fn(params, ret) => {
                for p in params.iter() {
                    self.default_to_int(p);
                }
                self.default_to_int(&ret);
            }
            _ => {}
        }
    }
}

/// A resolved type as the programmer writes it; unknown parts print as `?`.
pub fn type_text(t: &Type) -> String {
    let mut out = String::new();
    write_type(&mut out, t);
    out
}

fn write_type(out: &mut String, t: &Type) {
    match t {
        Type::Int => out.push_str("int"),
        Type::Bool => out.push_str("bool"),
        Type::Str => out.push_str("str"),
        Type::Unit => out.push_str("unit"),
        Type::Var(_) => out.push('?'),
        Type::List(inner) => {
            out.push('[');
            write_type(out, inner);
            out.push(']');
        }
        Type::Fn(params, ret) => {
            out.push_str("fn(");
            for (i, p) in params.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_type(out, p);
            }
            out.push_str(") -> ");
            write_type(out, ret);
        }
    }
}

fn let_var_is(t: &Type, v: usize) -> bool {
    match t {
        Type::Var(w) => *w == v,
        _ => false,
    }
}

/// The message for a failed unification, with `expected` and `found` as the caller sees them.
pub fn explain(table: &TypeTable, m: &Mismatch, expected: &Type, found: &Type) -> String {
    match m {
        Mismatch::Clash(_, _) => format!(
            "expected `{}`, found `{}`",
            table.show(expected),
            table.show(found)
        ),
        Mismatch::Arity(a, b) => format!(
            "expected a function of {} parameters, found one of {}",
            a, b
        ),
        Mismatch::Infinite(_, t) => format!(
            "this would need an infinite type (a value containing itself: `{}`)",
            table.show(t)
        ),
    }
}
