//! Statements. Assignments are parsed as an expression first, then checked to be a place.

use super::Parser;
use crate::ast::{BinOp, Block, Expr, ExprKind, LoopVar, Res, Stmt, StmtKind};
use crate::diag::{LangError, Span};
use crate::token::Tok;

impl Parser {
    pub fn stmt(&mut self) -> Result<Stmt, LangError> {
        let start = self.span();
        match self.peek() {
            Tok::Let => self.let_stmt(start),
            Tok::If => self.if_stmt(),
            Tok::While => {
                self.advance();
                let cond = self.expr()?;
                let body = self.block()?;
                let span = start.to(body.span);
                Ok(Stmt {
                    kind: StmtKind::While(cond, body),
                    span,
                })
            }
            Tok::For => self.for_stmt(start),
            Tok::Return => {
                self.advance();
                let value = if self.check(&Tok::Semi) {
                    None
                } else {
                    Some(self.expr()?)
                };
                let end = self.expect(&Tok::Semi, "after `return`")?;
                Ok(Stmt {
                    kind: StmtKind::Return(value),
                    span: start.to(end),
                })
            }
            Tok::Break => self.keyword_stmt(StmtKind::Break, "after `break`"),
            Tok::Continue => self.keyword_stmt(StmtKind::Continue, "after `continue`"),
            Tok::LBrace => {
                let b = self.block()?;
                let span = b.span;
                Ok(Stmt {
                    kind: StmtKind::Block(b),
                    span,
                })
            }
            _ => self.expr_or_assign(start),
        }
    }

    fn keyword_stmt(&mut self, kind: StmtKind, context: &str) -> Result<Stmt, LangError> {
        let start = self.advance().span;
        let end = self.expect(&Tok::Semi, context)?;
        Ok(Stmt {
            kind,
            span: start.to(end),
        })
    }

    fn let_stmt(&mut self, start: Span) -> Result<Stmt, LangError> {
        self.advance();
        let (name, _) = self.ident("after `let`")?;
        let ty = if self.eat(&Tok::Colon) {
            Some(self.type_expr()?)
        } else {
            None
        };
        self.expect(&Tok::Assign, "in a `let` statement")?;
        let value = self.expr()?;
        let end = self.expect(&Tok::Semi, "after a `let` statement")?;
        Ok(Stmt {
            kind: StmtKind::Let(name, ty, value, 0),
            span: start.to(end),
        })
    }

    /// `if c { } else if d { } else { }`: an `else if` becomes an else block holding one `if`.
    fn if_stmt(&mut self) -> Result<Stmt, LangError> {
        let start = self.expect(&Tok::If, "to start an `if`")?;
        let cond = self.expr()?;
        let then = self.block()?;
        let mut span = start.to(then.span);
        let other = if self.eat(&Tok::Else) {
            if self.check(&Tok::If) {
                let nested = self.if_stmt()?;
                let nspan = nested.span;
                span = span.to(nspan);
                Some(Block {
                    stmts: vec![nested],
                    span: nspan,
                })
            } else {
                let b = self.block()?;
                span = span.to(b.span);
                Some(b)
            }
        } else {
            None
        };
        Ok(Stmt {
            kind: StmtKind::If(cond, then, other),
            span,
        })
    }

    /// `for x in lo..hi { }` or `for x in list { }`.
    fn for_stmt(&mut self, start: Span) -> Result<Stmt, LangError> {
        self.advance();
        let (name, _) = self.ident("after `for`")?;
        self.expect(&Tok::In, "after the loop variable")?;
        let first = self.expr()?;
        let var = LoopVar {
            name,
            slot: 0,
            hidden: 0,
            hidden2: 0,
        };
        if self.eat(&Tok::DotDot) {
            let end = self.expr()?;
            let body = self.block()?;
            let span = start.to(body.span);
            return Ok(Stmt {
                kind: StmtKind::ForRange(var, first, end, body),
                span,
            });
        }
        let body = self.block()?;
        let span = start.to(body.span);
        Ok(Stmt {
            kind: StmtKind::ForEach(var, first, body),
            span,
        })
    }

    fn expr_or_assign(&mut self, start: Span) -> Result<Stmt, LangError> {
        let target = self.expr()?;
        let op = match self.peek() {
            Tok::Assign => None,
            Tok::PlusAssign => Some(BinOp::Add),
            Tok::MinusAssign => Some(BinOp::Sub),
            Tok::StarAssign => Some(BinOp::Mul),
            _ => {
                let end = self.expect(&Tok::Semi, "after an expression")?;
                return Ok(Stmt {
                    kind: StmtKind::Expr(target),
                    span: start.to(end),
                });
            }
        };
        let op_span = self.advance().span;
        let rhs = self.expr()?;
        let end = self.expect(&Tok::Semi, "after an assignment")?;
        let span = start.to(end);
        // `x op= e` is `x = x op e`; the place is evaluated twice, which is fine: places are pure.
        let value = match op {
            None => rhs,
            Some(bin) => {
                let rspan = target.span.to(rhs.span);
                let current = self.copy_place(&target);
                self.make(
                    ExprKind::Binary(bin, Box::new(current), Box::new(rhs)),
                    rspan,
                )
            }
        };
        let kind = match target.kind {
            ExprKind::Var(name, _) => StmtKind::Assign(name, Res::Unresolved, value),
            ExprKind::Index(list, index) => {
                let list_expr = self.copy_place(&list);
                let index_expr = self.copy_place(&index);
                StmtKind::SetIndex(list_expr, index_expr, value)
            }
            _ => {
                return Err(LangError::parse(
                    "the left side of an assignment must be a variable or an index".to_string(),
                    op_span,
                ))
            }
        };
        Ok(Stmt { kind, span })
    }

    /// A copy of a place expression with fresh ids, so that every node keeps a unique id.
    fn copy_place(&mut self, e: &Expr) -> Expr {
        let kind = match &e.kind {
            ExprKind::Index(a, b) => {
                let a2 = self.copy_place(a);
                let b2 = self.copy_place(b);
                ExprKind::Index(Box::new(a2), Box::new(b2))
            }
            ExprKind::Unary(op, x) => {
                let x2 = self.copy_place(x);
                ExprKind::Unary(*op, Box::new(x2))
            }
            ExprKind::Binary(op, a, b) => {
                let a2 = self.copy_place(a);
                let b2 = self.copy_place(b);
                ExprKind::Binary(*op, Box::new(a2), Box::new(b2))
            }
            ExprKind::Call(f, args) => {
                let f2 = self.copy_place(f);
                let mut args2 = Vec::new();
                for a in args.iter() {
                    args2.push(self.copy_place(a));
                }
                ExprKind::Call(Box::new(f2), args2)
            }
            other => other.clone(),
        };
        self.make(kind, e.span)
    }
}
