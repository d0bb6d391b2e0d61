//! Tokens of the Tern language.

use crate::diag::Span;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Int(i64),
    Str(String),
    Ident(String),
    // Keywords.
    Fn,
    Let,
    Const,
    If,
    Else,
    While,
    For,
    In,
    Return,
    Break,
    Continue,
    True,
    False,
    // Punctuation.
    LParen,
    RParen,
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    Comma,
    Semi,
    Colon,
    Arrow,
    DotDot,
    Question,
    // Operators.
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Amp,
    Pipe,
    Caret,
    Shl,
    Shr,
    Bang,
    Assign,
    EqEq,
    NotEq,
    Lt,
    Le,
    Gt,
    Ge,
    AndAnd,
    OrOr,
    PlusAssign,
    MinusAssign,
    StarAssign,
    Eof,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub span: Span,
}

impl Token {
    pub fn new(tok: Tok, span: Span) -> Token {
        Token { tok, span }
    }
}

/// The keyword spelled `word`, if it is one.
pub fn keyword(word: &str) -> Option<Tok> {
    let tok = match word {
        "fn" => Tok::Fn,
        "let" => Tok::Let,
        "const" => Tok::Const,
        "if" => Tok::If,
        "else" => Tok::Else,
        "while" => Tok::While,
        "for" => Tok::For,
        "in" => Tok::In,
        "return" => Tok::Return,
        "break" => Tok::Break,
        "continue" => Tok::Continue,
        "true" => Tok::True,
        "false" => Tok::False,
        _ => return None,
    };
    Some(tok)
}

impl Tok {
    /// How the token is spelled in source (for literals and names, a description).
    pub fn describe(&self) -> String {
        let text = match self {
            Tok::Int(v) => return format!("integer `{}`", v),
            Tok::Str(_) => return "string literal".to_string(),
            Tok::Ident(name) => return format!("identifier `{}`", name),
            Tok::Eof => return "end of input".to_string(),
            Tok::Fn => "fn",
            Tok::Let => "let",
            Tok::Const => "const",
            Tok::If => "if",
            Tok::Else => "else",
            Tok::While => "while",
            Tok::For => "for",
            Tok::In => "in",
            Tok::Return => "return",
            Tok::Break => "break",
            Tok::Continue => "continue",
            Tok::True => "true",
            Tok::False => "false",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::LBracket => "[",
            Tok::RBracket => "]",
            Tok::Comma => ",",
            Tok::Semi => ";",
            Tok::Colon => ":",
            Tok::Arrow => "->",
            Tok::DotDot => "..",
            Tok::Question => "?",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Percent => "%",
            Tok::Amp => "&",
            Tok::Pipe => "|",
            Tok::Caret => "^",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::Bang => "!",
            Tok::Assign => "=",
            Tok::EqEq => "==",
            Tok::NotEq => "!=",
            Tok::Lt => "<",
            Tok::Le => "<=",
            Tok::Gt => ">",
            Tok::Ge => ">=",
            Tok::AndAnd => "&&",
            Tok::OrOr => "||",
            Tok::PlusAssign => "+=",
            Tok::MinusAssign => "-=",
            Tok::StarAssign => "*=",
        };
        format!("`{}`", text)
    }

    pub fn is_keyword(&self) -> bool {
        match self {
            Tok::Fn | Tok::Let | Tok::Const | Tok::If | Tok::Else | Tok::While | Tok::For => true,
            Tok::In | Tok::Return | Tok::Break | Tok::Continue | Tok::True | Tok::False => true,
            _ => false,
        }
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.describe())
    }
}

/// Counts of token kinds, reported in the statistics of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TokenStats {
    pub total: usize,
    pub keywords: usize,
    pub idents: usize,
    pub literals: usize,
    pub punct: usize,
}

impl TokenStats {
    pub fn of(tokens: &[Token]) -> TokenStats {
        let mut s = TokenStats::default();
        for t in tokens.iter() {
            s.total += 1;
            match &t.tok {
                Tok::Int(_) | Tok::Str(_) | Tok::True | Tok::False => s.literals += 1,
                Tok::Ident(_) => s.idents += 1,
                Tok::Eof => s.total -= 1,
                other => {
                    if other.is_keyword() {
                        s.keywords += 1;
                    } else {
                        s.punct += 1;
                    }
                }
            }
        }
        s
    }
}
