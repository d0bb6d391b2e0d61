//! The parser: strict RFC 8259 JSON by default, with opt-in comments and trailing commas. It
//! reports the first error with its line and column, and bounds nesting so that hostile input
//! cannot exhaust the stack.

use crate::number::Number;
use crate::text::{Text, MAX_CODE_POINT, SURROGATE_HIGH, SURROGATE_LOW};
use crate::value::{Json, Member};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParseOptions {
    pub allow_comments: bool,
    pub allow_trailing_commas: bool,
    pub max_depth: usize,
}

impl ParseOptions {
    pub fn strict() -> ParseOptions {
        ParseOptions {
            allow_comments: false,
            allow_trailing_commas: false,
            max_depth: 64,
        }
    }

    /// What configuration files usually accept.
    pub fn relaxed() -> ParseOptions {
        ParseOptions {
            allow_comments: true,
            allow_trailing_commas: true,
            ..ParseOptions::strict()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    UnexpectedEnd,
    UnexpectedChar,
    BadLiteral,
    BadNumber,
    LeadingZero,
    BadEscape,
    BadUnicode,
    LoneSurrogate,
    ControlInString,
    TrailingComma,
    MissingColon,
    MissingComma,
    TooDeep,
    TrailingData,
    Comment,
}

impl ErrorKind {
    pub fn describe(&self) -> &str {
        match self {
            ErrorKind::UnexpectedEnd => "unexpected end of input",
            ErrorKind::UnexpectedChar => "unexpected character",
            ErrorKind::BadLiteral => "invalid literal",
            ErrorKind::BadNumber => "invalid number",
            ErrorKind::LeadingZero => "leading zero in a number",
            ErrorKind::BadEscape => "invalid escape sequence",
            ErrorKind::BadUnicode => "invalid \\u escape",
            ErrorKind::LoneSurrogate => "unpaired surrogate in a \\u escape",
            ErrorKind::ControlInString => "control character in a string",
            ErrorKind::TrailingComma => "trailing comma",
            ErrorKind::MissingColon => "expected `:` after an object key",
            ErrorKind::MissingComma => "expected `,` or a closing bracket",
            ErrorKind::TooDeep => "nesting too deep",
            ErrorKind::TrailingData => "data after the document",
            ErrorKind::Comment => "comments are not allowed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParseError {
    pub kind: ErrorKind,
    pub line: usize,
    pub column: usize,
    /// Character offset from the start of the input.
    pub offset: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.kind.describe(),
            self.line,
            self.column
        )
    }
}

pub struct Parser {
    chars: Vec<char>,
    pos: usize,
    line: usize,
    column: usize,
    depth: usize,
    options: ParseOptions,
}

pub fn parse(input: &str) -> Result<Json, ParseError> {
    parse_with(input, ParseOptions::strict())
}

pub fn parse_with(input: &str, options: ParseOptions) -> Result<Json, ParseError> {
    let mut chars = Vec::new();
    for c in input.chars() {
        chars.push(c);
    }
    let mut p = Parser {
        chars,
        pos: 0,
        line: 1,
        column: 1,
        depth: 0,
        options,
    };
    p.skip_space()?;
    let value = p.value()?;
    p.skip_space()?;
    if p.pos < p.chars.len() {
        return Err(p.error(ErrorKind::TrailingData));
    }
    Ok(value)
}

fn hex_value(c: char) -> Option<u32> {
    c.to_digit(16)
}

impl Parser {
    fn error(&self, kind: ErrorKind) -> ParseError {
        ParseError {
            kind,
            line: self.line,
            column: self.column,
            offset: self.pos,
        }
    }

    fn peek(&self) -> Option<char> {
        match self.chars.get(self.pos) {
            Some(c) => Some(*c),
            None => None,
        }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn expect_char(&mut self, want: char, kind: ErrorKind) -> Result<(), ParseError> {
        match self.peek() {
            Some(c) if c == want => {
                self.bump();
                Ok(())
            }
            None => Err(self.error(ErrorKind::UnexpectedEnd)),
            Some(_) => Err(self.error(kind)),
        }
    }

    /// Whitespace and, when allowed, `//` and `/* */` comments.
    fn skip_space(&mut self) -> Result<(), ParseError> {
        loop {
            match self.peek() {
                Some(' ') | Some('\t') | Some('\n') | Some('\r') => {
                    self.bump();
                }
                Some('/') => {
                    if !self.options.allow_comments {
                        return Err(self.error(ErrorKind::Comment));
                    }
                    self.comment()?;
                }
                _ => return Ok(()),
            }
        }
    }

    fn comment(&mut self) -> Result<(), ParseError> {
        self.bump();
        match self.bump() {
            Some('/') => loop {
                match self.peek() {
                    None | Some('\n') => return Ok(()),
                    Some(_) => {
                        self.bump();
                    }
                }
            },
            Some('*') => loop {
                match self.bump() {
                    None => return Err(self.error(ErrorKind::UnexpectedEnd)),
                    Some('*') => {
                        if self.peek() == Some('/') {
                            self.bump();
                            return Ok(());
                        }
                    }
                    Some(_) => {}
                }
            },
            None => Err(self.error(ErrorKind::UnexpectedEnd)),
            Some(_) => Err(self.error(ErrorKind::UnexpectedChar)),
        }
    }

    fn value(&mut self) -> Result<Json, ParseError> {
        match self.peek() {
            None => Err(self.error(ErrorKind::UnexpectedEnd)),
            Some('{') => self.object(),
            Some('[') => self.array(),
            Some('"') => Ok(Json::Str(self.string()?)),
            Some('t') => self.literal("true", Json::Bool(true)),
            Some('f') => self.literal("false", Json::Bool(false)),
            Some('n') => self.literal("null", Json::Null),
            Some(c) => {
                if c == '-' || c.is_ascii_digit() {
                    Ok(Json::Number(self.number()?))
                } else {
                    Err(self.error(ErrorKind::UnexpectedChar))
                }
            }
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, ParseError> {
        for want in word.chars() {
            match self.peek() {
                Some(c) if c == want => {
                    self.bump();
                }
                None => return Err(self.error(ErrorKind::UnexpectedEnd)),
                Some(_) => return Err(self.error(ErrorKind::BadLiteral)),
            }
        }
        Ok(value)
    }

    fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > self.options.max_depth {
            return Err(self.error(ErrorKind::TooDeep));
        }
        Ok(())
    }

    fn array(&mut self) -> Result<Json, ParseError> {
        self.enter()?;
        self.bump();
        let mut items = Vec::new();
        self.skip_space()?;
        if self.peek() == Some(']') {
            self.bump();
            self.depth -= 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_space()?;
            items.push(self.value()?);
            self.skip_space()?;
            match self.peek() {
                Some(',') => {
                    self.bump();
                    self.skip_space()?;
                    if self.peek() == Some(']') {
                        if !self.options.allow_trailing_commas {
                            return Err(self.error(ErrorKind::TrailingComma));
                        }
                        self.bump();
                        break;
                    }
                }
                Some(']') => {
                    self.bump();
                    break;
                }
                None => return Err(self.error(ErrorKind::UnexpectedEnd)),
                Some(_) => return Err(self.error(ErrorKind::MissingComma)),
            }
        }
        self.depth -= 1;
        Ok(Json::Array(items))
    }

    fn object(&mut self) -> Result<Json, ParseError> {
        self.enter()?;
        self.bump();
        let mut members = Vec::new();
        self.skip_space()?;
        if self.peek() == Some('}') {
            self.bump();
            self.depth -= 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space()?;
            match self.peek() {
                Some('"') => {}
                None => return Err(self.error(ErrorKind::UnexpectedEnd)),
                Some(_) => return Err(self.error(ErrorKind::UnexpectedChar)),
            }
            let key = self.string()?;
            self.skip_space()?;
            self.expect_char(':', ErrorKind::MissingColon)?;
            self.skip_space()?;
            let value = self.value()?;
            members.push(Member { key, value });
            self.skip_space()?;
            match self.peek() {
                Some(',') => {
                    self.bump();
                    self.skip_space()?;
                    if self.peek() == Some('}') {
                        if !self.options.allow_trailing_commas {
                            return Err(self.error(ErrorKind::TrailingComma));
                        }
                        self.bump();
                        break;
                    }
                }
                Some('}') => {
                    self.bump();
                    break;
                }
                None => return Err(self.error(ErrorKind::UnexpectedEnd)),
                Some(_) => return Err(self.error(ErrorKind::MissingComma)),
            }
        }
        self.depth -= 1;
        Ok(Json::Object(members))
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut v = 0;
        let mut i = 0;
        while i < 4 {
            let c = match self.peek() {
                Some(c) => c,
                None => return Err(self.error(ErrorKind::UnexpectedEnd)),
            };
            let d = match hex_value(c) {
                Some(d) => d,
                None => return Err(self.error(ErrorKind::BadUnicode)),
            };
            self.bump();
            v = v * 16 + d;
            i += 1;
        }
        Ok(v)
    }

    /// A `\u` escape (the `\u` already read), combining a surrogate pair into one code point.
    fn unicode_escape(&mut self) -> Result<u32, ParseError> {
        let first = self.hex4()?;
        if first < SURROGATE_LOW || first > SURROGATE_HIGH {
            return Ok(first);
        }
        if first >= 0xDC00 {
            return Err(self.error(ErrorKind::LoneSurrogate));
        }
        if self.peek() != Some('\\') {
            return Err(self.error(ErrorKind::LoneSurrogate));
        }
        self.bump();
        if self.peek() != Some('u') {
            return Err(self.error(ErrorKind::LoneSurrogate));
        }
        self.bump();
        let second = self.hex4()?;
        if second < 0xDC00 || second > SURROGATE_HIGH {
            return Err(self.error(ErrorKind::LoneSurrogate));
        }
        let cp = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
        if cp > MAX_CODE_POINT {
            return Err(self.error(ErrorKind::BadUnicode));
        }
        Ok(cp)
    }

    fn string(&mut self) -> Result<Text, ParseError> {
        self.bump();
        let mut text = Text::new();
        loop {
            let c = match self.peek() {
                Some(c) => c,
                None => return Err(self.error(ErrorKind::UnexpectedEnd)),
            };
            if (c as u32) < 0x20 {
                return Err(self.error(ErrorKind::ControlInString));
            }
            self.bump();
            match c {
                '"' => return Ok(text),
                '\\' => {
                    let e = match self.bump() {
                        Some(e) => e,
                        None => return Err(self.error(ErrorKind::UnexpectedEnd)),
                    };
                    let cp = match e {
                        '"' => 0x22,
                        '\\' => 0x5C,
                        '/' => 0x2F,
                        'b' => 0x08,
                        'f' => 0x0C,
                        'n' => 0x0A,
                        'r' => 0x0D,
                        't' => 0x09,
                        'u' => self.unicode_escape()?,
                        _ => return Err(self.error(ErrorKind::BadEscape)),
                    };
                    text.push(cp);
                }
                _ => text.push(c as u32),
            }
        }
    }

    fn digits(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        loop {
            match self.peek() {
                Some(c) if c.is_ascii_digit() => {
                    out.push(c as u8 - b'0');
                    self.bump();
                }
                _ => return out,
            }
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<Number, ParseError> {
        let negative = self.peek() == Some('-');
        if negative {
            self.bump();
        }
        let int_digits = self.digits();
        if int_digits.is_empty() {
            return Err(self.error(ErrorKind::BadNumber));
        }
        if int_digits.len() > 1 && int_digits[0] == 0 {
            return Err(self.error(ErrorKind::LeadingZero));
        }
        let mut frac_digits = Vec::new();
        if self.peek() == Some('.') {
            self.bump();
            frac_digits = self.digits();
            if frac_digits.is_empty() {
                return Err(self.error(ErrorKind::BadNumber));
            }
        }
        let mut exp: i64 = 0;
        if self.peek() == Some('e') || self.peek() == Some('E') {
            self.bump();
            let mut exp_negative = false;
            match self.peek() {
                Some('+') => {
                    self.bump();
                }
                Some('-') => {
                    exp_negative = true;
                    self.bump();
                }
                _ => {}
            }
            let e = self.digits();
            if e.is_empty() {
                return Err(self.error(ErrorKind::BadNumber));
            }
            for d in e.iter() {
                // Saturates: an exponent this large is outside anything a document can mean.
                exp = (exp * 10 + *d as i64).min(1_000_000_000);
            }
            if exp_negative {
                exp = -exp;
            }
        }
        Ok(Number::from_parts(negative, &int_digits, &frac_digits, exp))
    }
}
