//! Source positions and the one error type every phase of the pipeline reports.

use std::fmt;

/// A range of characters in the source, with the line and column of its start (both from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: u32,
    pub col: u32,
}

impl Span {
    pub fn new(start: usize, end: usize, line: u32, col: u32) -> Span {
        Span {
            start,
            end,
            line,
            col,
        }
    }

    /// The smallest span covering both; keeps the position of the earlier one.
    pub fn to(self, other: Span) -> Span {
        if other.start < self.start {
            return other.to(self);
        }
        Span {
            end: if other.end > self.end {
                other.end
            } else {
                self.end
            },
            ..self
        }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

/// The phase that found a problem; programs in the test suite say which phase must reject them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    Lex,
    Parse,
    Resolve,
    Type,
    Runtime,
}

impl Phase {
    pub fn name(&self) -> &str {
        match self {
            Phase::Lex => "lex",
            Phase::Parse => "parse",
            Phase::Resolve => "resolve",
            Phase::Type => "type",
            Phase::Runtime => "runtime",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct LangError {
    pub phase: Phase,
    pub message: String,
    pub span: Span,
}

impl LangError {
    pub fn new(phase: Phase, message: String, span: Span) -> LangError {
        LangError {
            phase,
            message,
            span,
        }
    }

    pub fn lex(message: &str, span: Span) -> LangError {
        LangError::new(Phase::Lex, message.to_string(), span)
    }

    pub fn parse(message: String, span: Span) -> LangError {
        LangError::new(Phase::Parse, message, span)
    }

    pub fn resolve(message: String, span: Span) -> LangError {
        LangError::new(Phase::Resolve, message, span)
    }

    pub fn types(message: String, span: Span) -> LangError {
        LangError::new(Phase::Type, message, span)
    }

    pub fn runtime(message: String, line: u32) -> LangError {
        LangError::new(Phase::Runtime, message, Span::new(0, 0, line, 0))
    }

    /// The error with the offending source line and a caret line under the span, as a compiler
    /// would print it.
    pub fn render(&self, source: &str) -> String {
        let mut out = format!("{} error: {}\n", self.phase.name(), self.message);
        if self.span.line == 0 {
            return out;
        }
        let text = line_text(source, self.span.line);
        out.push_str(&format!(
            "  --> line {}, column {}\n",
            self.span.line, self.span.col
        ));
        out.push_str("   | ");
        out.push_str(&text);
        out.push('\n');
        if self.span.col > 0 {
            out.push_str("   | ");
            let mut i = 1;
            while i < self.span.col {
                out.push(' ');
                i += 1;
            }
            // At least one caret, and none past the end of the line.
            let col = self.span.col as usize;
            let room = if col <= text.len() {
                text.len() + 1 - col
            } else {
                1
            };
            let width = self.span.len().max(1).min(room);
            let mut k = 0;
            while k < width {
                out.push('^');
                k += 1;
            }
            out.push('\n');
        }
        out
    }
}

impl fmt::Display for LangError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.span.line == 0 {
            write!(f, "{} error: {}", self.phase.name(), self.message)
        } else {
            write!(
                f,
                "{} error at {}:{}: {}",
                self.phase.name(),
                self.span.line,
                self.span.col,
                self.message
            )
        }
    }
}

/// Line `line` (from 1) of `source`, without its newline; empty past the end.
pub fn line_text(source: &str, line: u32) -> String {
    let mut current = 1;
    let mut out = String::new();
    for c in source.chars() {
        if c == '\n' {
            if current == line {
                return out;
            }
            current += 1;
            continue;
        }
        if current == line {
            out.push(c);
        }
    }
    out
}

/// A list of errors kept in order, for phases that report more than one problem.
#[derive(Debug, Default)]
pub struct Errors {
    pub items: Vec<LangError>,
}

impl Errors {
    pub fn new() -> Errors {
        Errors { items: Vec::new() }
    }

    pub fn push(&mut self, e: LangError) {
        self.items.push(e);
    }

    /// The first error by position, so the report does not depend on the order of discovery.
    pub fn first(&self) -> Option<LangError> {
        let mut best: Option<LangError> = None;
        for e in self.items.iter() {
            let better = match &best {
                None => true,
                Some(b) => e.span.start < b.span.start,
            };
            if better {
                best = Some(e.clone());
            }
        }
        best
    }
}
