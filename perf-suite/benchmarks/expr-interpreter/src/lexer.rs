//! The lexer: source text to tokens. Stops at the first error, which names its position.

use crate::diag::{LangError, Span};
use crate::token::{keyword, Tok, Token};

pub struct Lexer {
    chars: Vec<char>,
    pos: usize,
    line: u32,
    col: u32,
}

/// Where a token started: its index, line and column.
#[derive(Clone, Copy)]
struct Mark {
    pos: usize,
    line: u32,
    col: u32,
}

pub fn tokenize(source: &str) -> Result<Vec<Token>, LangError> {
    let mut lexer = Lexer::new(source);
    lexer.run()
}

impl Lexer {
    pub fn new(source: &str) -> Lexer {
        let mut chars = Vec::new();
        for c in source.chars() {
            chars.push(c);
        }
        Lexer {
            chars,
            pos: 0,
            line: 1,
            col: 1,
        }
    }

    pub fn run(&mut self) -> Result<Vec<Token>, LangError> {
        let mut tokens = Vec::new();
        loop {
            self.skip_trivia()?;
            let mark = self.mark();
            if self.at_end() {
                tokens.push(Token::new(Tok::Eof, self.span_from(mark)));
                return Ok(tokens);
            }
            let tok = self.next_token(mark)?;
            tokens.push(Token::new(tok, self.span_from(mark)));
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    fn peek(&self) -> char {
        self.peek_at(0)
    }

    fn peek_at(&self, ahead: usize) -> char {
        match self.chars.get(self.pos + ahead) {
            Some(c) => *c,
            None => '\0',
        }
    }

    fn bump(&mut self) -> char {
        let c = self.peek();
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        c
    }

    fn eat(&mut self, c: char) -> bool {
        if !self.at_end() && self.peek() == c {
            self.bump();
            true
        } else {
            false
        }
    }

    fn mark(&self) -> Mark {
        Mark {
            pos: self.pos,
            line: self.line,
            col: self.col,
        }
    }

    fn span_from(&self, m: Mark) -> Span {
        Span::new(m.pos, self.pos, m.line, m.col)
    }

    fn error(&self, message: &str, m: Mark) -> LangError {
        LangError::lex(message, self.span_from(m))
    }

    /// Whitespace, line comments and (nested) block comments.
    fn skip_trivia(&mut self) -> Result<(), LangError> {
        loop {
            if self.at_end() {
                return Ok(());
            }
            let c = self.peek();
            if c.is_whitespace() {
                self.bump();
            } else if c == '/' && self.peek_at(1) == '/' {
                while !self.at_end() && self.peek() != '\n' {
                    self.bump();
                }
            } else if c == '/' && self.peek_at(1) == '*' {
                self.block_comment()?;
            } else {
                return Ok(());
            }
        }
    }

    fn block_comment(&mut self) -> Result<(), LangError> {
        let m = self.mark();
        self.bump();
        self.bump();
        let mut depth = 1;
        while depth > 0 {
            if self.at_end() {
                return Err(self.error("unterminated block comment", m));
            }
            if self.peek() == '/' && self.peek_at(1) == '*' {
                self.bump();
                self.bump();
                depth += 1;
            } else if self.peek() == '*' && self.peek_at(1) == '/' {
                self.bump();
                self.bump();
                depth -= 1;
            } else {
                self.bump();
            }
        }
        Ok(())
    }

    fn next_token(&mut self, m: Mark) -> Result<Tok, LangError> {
        let c = self.peek();
        if c.is_ascii_digit() {
            return self.number(m);
        }
        if c.is_alphabetic() || c == '_' {
            return Ok(self.word());
        }
        if c == '"' {
            return self.string(m);
        }
        self.bump();
        let tok = match c {
            '(' => Tok::LParen,
            ')' => Tok::RParen,
            '{' => Tok::LBrace,
            '}' => Tok::RBrace,
            '[' => Tok::LBracket,
            ']' => Tok::RBracket,
            ',' => Tok::Comma,
            ';' => Tok::Semi,
            ':' => Tok::Colon,
            '?' => Tok::Question,
            '%' => Tok::Percent,
            '^' => Tok::Caret,
            '/' => Tok::Slash,
            '.' => {
                if self.eat('.') {
                    Tok::DotDot
                } else {
                    return Err(self.error("expected `..`, found a single `.`", m));
                }
            }
            '+' => self.either('=', Tok::PlusAssign, Tok::Plus),
            '*' => self.either('=', Tok::StarAssign, Tok::Star),
            '-' => {
                if self.eat('>') {
                    Tok::Arrow
                } else {
                    self.either('=', Tok::MinusAssign, Tok::Minus)
                }
            }
            '&' => self.either('&', Tok::AndAnd, Tok::Amp),
            '|' => self.either('|', Tok::OrOr, Tok::Pipe),
            '!' => self.either('=', Tok::NotEq, Tok::Bang),
            '=' => self.either('=', Tok::EqEq, Tok::Assign),
            '<' => {
                if self.eat('<') {
                    Tok::Shl
                } else {
                    self.either('=', Tok::Le, Tok::Lt)
                }
            }
            '>' => {
                if self.eat('>') {
                    Tok::Shr
                } else {
                    self.either('=', Tok::Ge, Tok::Gt)
                }
            }
            _ => {
                let msg = format!("unexpected character `{}`", c);
                return Err(LangError::lex(&msg, self.span_from(m)));
            }
        };
        Ok(tok)
    }

    fn either(&mut self, next: char, two: Tok, one: Tok) -> Tok {
        if self.eat(next) {
            two
        } else {
            one
        }
    }

    fn word(&mut self) -> Tok {
        let mut text = String::new();
        while !self.at_end() {
            let c = self.peek();
            if c.is_alphabetic() || c.is_ascii_digit() || c == '_' {
                text.push(c);
                self.bump();
            } else {
                break;
            }
        }
        match keyword(&text) {
            Some(k) => k,
            None => Tok::Ident(text),
        }
    }

    fn number(&mut self, m: Mark) -> Result<Tok, LangError> {
        let mut radix: u32 = 10;
        if self.peek() == '0' && (self.peek_at(1) == 'x' || self.peek_at(1) == 'b') {
            radix = if self.peek_at(1) == 'x' { 16 } else { 2 };
            self.bump();
            self.bump();
        }
        let mut value: i64 = 0;
        let mut digits = 0;
        while !self.at_end() {
            let c = self.peek();
            if c == '_' {
                self.bump();
                continue;
            }
            let d = match c.to_digit(radix) {
                Some(d) => d,
                None => {
                    if c.is_alphabetic() || c.is_ascii_digit() {
                        return Err(self.error("invalid digit in number literal", m));
                    }
                    break;
                }
            };
            self.bump();
            digits += 1;
            value = match value.checked_mul(radix as i64) {
                Some(v) => v,
                None => return Err(self.error("integer literal is too large", m)),
            };
            value = match value.checked_add(d as i64) {
                Some(v) => v,
                None => return Err(self.error("integer literal is too large", m)),
            };
        }
        if digits == 0 {
            return Err(self.error("number literal has no digits", m));
        }
        Ok(Tok::Int(value))
    }

    fn string(&mut self, m: Mark) -> Result<Tok, LangError> {
        self.bump();
        let mut text = String::new();
        loop {
            if self.at_end() || self.peek() == '\n' {
                return Err(self.error("unterminated string literal", m));
            }
            let c = self.bump();
            if c == '"' {
                return Ok(Tok::Str(text));
            }
            if c != '\\' {
                text.push(c);
                continue;
            }
            let e = self.bump();
            match e {
                'n' => text.push('\n'),
                't' => text.push('\t'),
                '0' => text.push('\0'),
                '\\' => text.push('\\'),
                '"' => text.push('"'),
                'x' => {
                    let hi = self.bump().to_digit(16);
                    let lo = self.bump().to_digit(16);
                    match (hi, lo) {
                        (Some(h), Some(l)) if h < 8 => text.push((h * 16 + l) as u8 as char),
                        _ => {
                            return Err(
                                self.error("invalid `\\x` escape (two hex digits, at most 7f)", m)
                            )
                        }
                    }
                }
                _ => {
                    let msg = format!("unknown escape `\\{}` in string", e);
                    return Err(LangError::lex(&msg, self.span_from(m)));
                }
            }
        }
    }
}
