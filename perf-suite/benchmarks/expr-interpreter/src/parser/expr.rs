//! Expressions: precedence climbing over binary and logic operators, then unary, postfix
//! (calls and indexing) and primary expressions.

use super::Parser;
use crate::ast::{BinOp, Expr, ExprKind, LogicOp, Res, UnOp};
use crate::diag::{LangError, Span};
use crate::token::Tok;

/// An operator that can continue a binary expression.
#[derive(Clone, Copy)]
enum Infix {
    Bin(BinOp),
    Logic(LogicOp),
}

impl Infix {
    fn precedence(&self) -> u8 {
        match self {
            Infix::Bin(op) => op.precedence(),
            Infix::Logic(op) => op.precedence(),
        }
    }
}

fn infix_of(tok: &Tok) -> Option<Infix> {
    let op = match tok {
        Tok::OrOr => return Some(Infix::Logic(LogicOp::Or)),
        Tok::AndAnd => return Some(Infix::Logic(LogicOp::And)),
        Tok::EqEq => BinOp::Eq,
        Tok::NotEq => BinOp::Ne,
        Tok::Lt => BinOp::Lt,
        Tok::Le => BinOp::Le,
        Tok::Gt => BinOp::Gt,
        Tok::Ge => BinOp::Ge,
        Tok::Pipe => BinOp::BitOr,
        Tok::Caret => BinOp::BitXor,
        Tok::Amp => BinOp::BitAnd,
        Tok::Shl => BinOp::Shl,
        Tok::Shr => BinOp::Shr,
        Tok::Plus => BinOp::Add,
        Tok::Minus => BinOp::Sub,
        Tok::Star => BinOp::Mul,
        Tok::Slash => BinOp::Div,
        Tok::Percent => BinOp::Rem,
        _ => return None,
    };
    Some(Infix::Bin(op))
}

impl Parser {
    pub fn expr(&mut self) -> Result<Expr, LangError> {
        self.enter()?;
        let result = self.conditional();
        self.leave();
        result
    }

    pub fn make(&mut self, kind: ExprKind, span: Span) -> Expr {
        let id = self.fresh_id();
        Expr::new(kind, span, id)
    }

    /// `c ? a : b`, right-associative.
    fn conditional(&mut self) -> Result<Expr, LangError> {
        let cond = self.binary(1)?;
        if !self.eat(&Tok::Question) {
            return Ok(cond);
        }
        let then = self.expr()?;
        self.expect(&Tok::Colon, "in a conditional expression")?;
        let other = self.expr()?;
        let span = cond.span.to(other.span);
        Ok(self.make(
            ExprKind::Cond(Box::new(cond), Box::new(then), Box::new(other)),
            span,
        ))
    }

    /// Operators binding at least as tightly as `min`; comparisons do not chain.
    fn binary(&mut self, min: u8) -> Result<Expr, LangError> {
        let mut left = self.unary()?;
        let mut last_comparison = false;
        loop {
            let op = match infix_of(self.peek()) {
                Some(op) if op.precedence() >= min => op,
                _ => return Ok(left),
            };
            let is_comparison = match op {
                Infix::Bin(b) => b.is_comparison(),
                Infix::Logic(_) => false,
            };
            if is_comparison && last_comparison {
                return Err(LangError::parse(
                    "comparison operators cannot be chained; use `&&`".to_string(),
                    self.span(),
                ));
            }
            self.advance();
            let right = self.binary(op.precedence() + 1)?;
            let span = left.span.to(right.span);
            let kind = match op {
                Infix::Bin(b) => ExprKind::Binary(b, Box::new(left), Box::new(right)),
                Infix::Logic(l) => ExprKind::Logic(l, Box::new(left), Box::new(right)),
            };
            left = self.make(kind, span);
            last_comparison = is_comparison;
        }
    }

    fn unary(&mut self) -> Result<Expr, LangError> {
        let op = match self.peek() {
            Tok::Minus => UnOp::Neg,
            Tok::Bang => UnOp::Not,
            _ => return self.postfix(),
        };
        let start = self.advance().span;
        self.enter()?;
        let operand = self.unary();
        self.leave();
        let operand = operand?;
        // A negative literal is a literal, so that `-9223372036854775808` cannot be written but
        // `-5` folds without a runtime negation.
        if op == UnOp::Neg {
            match operand.kind {
                ExprKind::Int(v) if v > 0 => {
                    let span = start.to(operand.span);
                    return Ok(self.make(ExprKind::Int(-v), span));
                }
                _ => {}
            }
        }
        let span = start.to(operand.span);
        Ok(self.make(ExprKind::Unary(op, Box::new(operand)), span))
    }

    fn postfix(&mut self) -> Result<Expr, LangError> {
        let mut e = self.primary()?;
        loop {
            if self.eat(&Tok::LParen) {
                let args = self.list_of(&Tok::RParen, "to close the argument list")?;
                let span = e.span.to(self.prev_span());
                e = self.make(ExprKind::Call(Box::new(e), args), span);
            } else if self.eat(&Tok::LBracket) {
                let index = self.expr()?;
                let end = self.expect(&Tok::RBracket, "to close an index")?;
                let span = e.span.to(end);
                e = self.make(ExprKind::Index(Box::new(e), Box::new(index)), span);
            } else {
                return Ok(e);
            }
        }
    }

    /// Comma-separated expressions up to `close` (consumed); a trailing comma is allowed.
    fn list_of(&mut self, close: &Tok, context: &str) -> Result<Vec<Expr>, LangError> {
        let mut items = Vec::new();
        while !self.check(close) {
            items.push(self.expr()?);
            if !self.eat(&Tok::Comma) {
                break;
            }
        }
        self.expect(close, context)?;
        Ok(items)
    }

    fn primary(&mut self) -> Result<Expr, LangError> {
        let span = self.span();
        let kind = match self.peek() {
            Tok::Int(v) => ExprKind::Int(*v),
            Tok::Str(s) => ExprKind::Str(s.clone()),
            Tok::True => ExprKind::Bool(true),
            Tok::False => ExprKind::Bool(false),
            Tok::Ident(name) => ExprKind::Var(name.clone(), Res::Unresolved),
            Tok::LParen => {
                self.advance();
                let inner = self.expr()?;
                self.expect(&Tok::RParen, "to close a parenthesised expression")?;
                return Ok(inner);
            }
            Tok::LBracket => {
                self.advance();
                let items = self.list_of(&Tok::RBracket, "to close a list")?;
                let full = span.to(self.prev_span());
                return Ok(self.make(ExprKind::List(items), full));
            }
            _ => return Err(self.unexpected("an expression", "here")),
        };
        self.advance();
        Ok(self.make(kind, span))
    }
}
