//! The parser: tokens to a `Program`. Recursive descent for items and statements (`stmt.rs`),
//! precedence climbing for expressions (`expr.rs`). Stops at the first error.

mod expr;
mod stmt;

use crate::ast::{Block, ConstDecl, FnDecl, Param, Program, TypeExpr};
use crate::diag::{LangError, Span};
use crate::token::{Tok, Token};

pub struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    next_id: usize,
    /// How deeply expressions nest right now; bounded so that hostile input cannot overflow the stack.
    depth: usize,
}

const MAX_DEPTH: usize = 200;

pub fn parse(tokens: Vec<Token>) -> Result<Program, LangError> {
    let mut p = Parser::new(tokens);
    p.program()
}

impl Parser {
    pub fn new(tokens: Vec<Token>) -> Parser {
        Parser {
            tokens,
            pos: 0,
            next_id: 0,
            depth: 0,
        }
    }

    // ------------------------------------------------------------------ token access

    fn peek(&self) -> &Tok {
        &self.tokens[self.pos].tok
    }

    fn span(&self) -> Span {
        self.tokens[self.pos].span
    }

    fn prev_span(&self) -> Span {
        if self.pos == 0 {
            self.span()
        } else {
            self.tokens[self.pos - 1].span
        }
    }

    fn advance(&mut self) -> Token {
        let t = self.tokens[self.pos].clone();
        if self.pos + 1 < self.tokens.len() {
            self.pos += 1;
        }
        t
    }

    fn check(&self, tok: &Tok) -> bool {
        self.peek() == tok
    }

    fn eat(&mut self, tok: &Tok) -> bool {
        if self.check(tok) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, tok: &Tok, context: &str) -> Result<Span, LangError> {
        if self.check(tok) {
            Ok(self.advance().span)
        } else {
            Err(self.unexpected(&tok.describe(), context))
        }
    }

    fn unexpected(&self, wanted: &str, context: &str) -> LangError {
        let msg = format!(
            "expected {} {}, found {}",
            wanted,
            context,
            self.peek().describe()
        );
        LangError::parse(msg, self.span())
    }

    fn ident(&mut self, context: &str) -> Result<(String, Span), LangError> {
        let name = match self.peek() {
            Tok::Ident(name) => name.clone(),
            _ => return Err(self.unexpected("a name", context)),
        };
        let span = self.advance().span;
        Ok((name, span))
    }

    fn fresh_id(&mut self) -> usize {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn enter(&mut self) -> Result<(), LangError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(LangError::parse(
                "expression nests too deeply".to_string(),
                self.span(),
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ------------------------------------------------------------------ items

    pub fn program(&mut self) -> Result<Program, LangError> {
        let mut fns = Vec::new();
        let mut consts = Vec::new();
        loop {
            match self.peek() {
                Tok::Eof => break,
                Tok::Fn => fns.push(self.fn_decl()?),
                Tok::Const => consts.push(self.const_decl()?),
                _ => return Err(self.unexpected("`fn` or `const`", "at the top level")),
            }
        }
        Ok(Program {
            fns,
            consts,
            next_id: self.next_id,
        })
    }

    fn fn_decl(&mut self) -> Result<FnDecl, LangError> {
        let start = self.expect(&Tok::Fn, "to start a function")?;
        let (name, _) = self.ident("after `fn`")?;
        self.expect(&Tok::LParen, "after the function name")?;
        let mut params = Vec::new();
        while !self.check(&Tok::RParen) {
            let (pname, pspan) = self.ident("for a parameter")?;
            let ty = if self.eat(&Tok::Colon) {
                Some(self.type_expr()?)
            } else {
                None
            };
            params.push(Param {
                name: pname,
                ty,
                span: pspan,
            });
            if !self.eat(&Tok::Comma) {
                break;
            }
        }
        self.expect(&Tok::RParen, "to close the parameter list")?;
        let ret = if self.eat(&Tok::Arrow) {
            Some(self.type_expr()?)
        } else {
            None
        };
        let body = self.block()?;
        let span = start.to(body.span);
        Ok(FnDecl {
            name,
            params,
            ret,
            body,
            span,
            locals: 0,
        })
    }

    fn const_decl(&mut self) -> Result<ConstDecl, LangError> {
        let start = self.expect(&Tok::Const, "to start a constant")?;
        let (name, _) = self.ident("after `const`")?;
        let ty = if self.eat(&Tok::Colon) {
            Some(self.type_expr()?)
        } else {
            None
        };
        self.expect(&Tok::Assign, "in a constant")?;
        let value = self.expr()?;
        let end = self.expect(&Tok::Semi, "after a constant")?;
        Ok(ConstDecl {
            name,
            ty,
            value,
            span: start.to(end),
        })
    }

    pub fn type_expr(&mut self) -> Result<TypeExpr, LangError> {
        if self.eat(&Tok::LBracket) {
            let inner = self.type_expr()?;
            self.expect(&Tok::RBracket, "to close a list type")?;
            return Ok(TypeExpr::List(Box::new(inner)));
        }
        if self.eat(&Tok::Fn) {
            self.expect(&Tok::LParen, "in a function type")?;
            let mut params = Vec::new();
            while !self.check(&Tok::RParen) {
                params.push(self.type_expr()?);
                if !self.eat(&Tok::Comma) {
                    break;
                }
            }
            self.expect(&Tok::RParen, "in a function type")?;
            let ret = if self.eat(&Tok::Arrow) {
                self.type_expr()?
            } else {
                TypeExpr::Unit
            };
            return Ok(TypeExpr::Fn(params, Box::new(ret)));
        }
        let (name, span) = self.ident("for a type")?;
        match name.as_str() {
            "int" => Ok(TypeExpr::Int),
            "bool" => Ok(TypeExpr::Bool),
            "str" => Ok(TypeExpr::Str),
            "unit" => Ok(TypeExpr::Unit),
            _ => Err(LangError::parse(format!("unknown type `{}`", name), span)),
        }
    }

    pub fn block(&mut self) -> Result<Block, LangError> {
        let start = self.expect(&Tok::LBrace, "to open a block")?;
        let mut stmts = Vec::new();
        while !self.check(&Tok::RBrace) {
            if self.check(&Tok::Eof) {
                return Err(self.unexpected("`}`", "to close the block"));
            }
            stmts.push(self.stmt()?);
        }
        let end = self.advance().span;
        Ok(Block {
            stmts,
            span: start.to(end),
        })
    }
}
