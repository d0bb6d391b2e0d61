//@ run-pass
//@ check-run-results
// A tokenizer and recursive-descent calculator: a Peekable<Chars> lexer, an enum AST in boxes,
// precedence climbing by grammar levels (unary minus, right-associative power), variables in a
// HashMap with `let` statements, and errors carried as Result through `?` with positions.
use std::collections::HashMap;
use std::fmt;
use std::iter::Peekable;
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
    Let,
    Eq,
}

#[derive(Debug)]
enum Expr {
    Num(f64),
    Var(String),
    Neg(Box<Expr>),
    Bin(char, Box<Expr>, Box<Expr>),
    Call(String, Box<Expr>),
}

#[derive(Debug)]
enum CalcError {
    BadChar(char, usize),
    Unexpected(String),
    Unknown(String),
    DivZero,
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CalcError::BadChar(c, at) => write!(f, "bad character {:?} at {}", c, at),
            CalcError::Unexpected(what) => write!(f, "unexpected {}", what),
            CalcError::Unknown(name) => write!(f, "unknown name `{}`", name),
            CalcError::DivZero => f.write_str("division by zero"),
        }
    }
}

fn lex_number(first: char, it: &mut Peekable<Chars>) -> f64 {
    let mut text = first.to_string();
    while let Some(&c) = it.peek() {
        if c.is_ascii_digit() || c == '.' {
            text.push(c);
            it.next();
        } else {
            break;
        }
    }
    text.parse().unwrap_or(0.0)
}

fn tokenize(src: &str) -> Result<Vec<Tok>, CalcError> {
    let mut out = Vec::new();
    let mut it = src.chars().peekable();
    let mut pos = 0;
    while let Some(c) = it.next() {
        pos += 1;
        let tok = match c {
            ' ' => continue,
            '0'..='9' => Tok::Num(lex_number(c, &mut it)),
            '+' | '-' | '*' | '/' | '^' | '%' => Tok::Op(c),
            '(' => Tok::LParen,
            ')' => Tok::RParen,
            '=' => Tok::Eq,
            c if c.is_alphabetic() => {
                let mut name = c.to_string();
                while let Some(&n) = it.peek() {
                    if !n.is_alphanumeric() {
                        break;
                    }
                    name.push(n);
                    it.next();
                }
                if name == "let" { Tok::Let } else { Tok::Ident(name) }
            }
            other => return Err(CalcError::BadChar(other, pos)),
        };
        out.push(tok);
    }
    Ok(out)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn bump(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn expect(&mut self, want: Tok) -> Result<(), CalcError> {
        match self.bump() {
            Some(t) if t == want => Ok(()),
            Some(t) => Err(CalcError::Unexpected(format!("{:?}, wanted {:?}", t, want))),
            None => Err(CalcError::Unexpected("end of input".to_string())),
        }
    }

    fn sum(&mut self) -> Result<Expr, CalcError> {
        let mut lhs = self.product()?;
        while let Some(Tok::Op(op @ ('+' | '-'))) = self.peek() {
            let op = *op;
            self.pos += 1;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(self.product()?));
        }
        Ok(lhs)
    }

    fn product(&mut self) -> Result<Expr, CalcError> {
        let mut lhs = self.unary()?;
        while let Some(Tok::Op(op @ ('*' | '/' | '%'))) = self.peek() {
            let op = *op;
            self.pos += 1;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(self.unary()?));
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> Result<Expr, CalcError> {
        if self.peek() == Some(&Tok::Op('-')) {
            self.pos += 1;
            return Ok(Expr::Neg(Box::new(self.unary()?)));
        }
        let base = self.atom()?;
        if self.peek() == Some(&Tok::Op('^')) {
            self.pos += 1;
            let exp = self.unary()?;
            return Ok(Expr::Bin('^', Box::new(base), Box::new(exp)));
        }
        Ok(base)
    }

    fn atom(&mut self) -> Result<Expr, CalcError> {
        match self.bump() {
            Some(Tok::Num(n)) => Ok(Expr::Num(n)),
            Some(Tok::Ident(name)) => {
                if self.peek() == Some(&Tok::LParen) {
                    self.pos += 1;
                    let arg = self.sum()?;
                    self.expect(Tok::RParen)?;
                    Ok(Expr::Call(name, Box::new(arg)))
                } else {
                    Ok(Expr::Var(name))
                }
            }
            Some(Tok::LParen) => {
                let e = self.sum()?;
                self.expect(Tok::RParen)?;
                Ok(e)
            }
            Some(t) => Err(CalcError::Unexpected(format!("{:?}", t))),
            None => Err(CalcError::Unexpected("end of input".into())),
        }
    }
}

fn eval(e: &Expr, env: &HashMap<String, f64>) -> Result<f64, CalcError> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Var(v) => *env.get(v).ok_or_else(|| CalcError::Unknown(v.clone()))?,
        Expr::Neg(inner) => -eval(inner, env)?,
        Expr::Call(f, arg) => {
            let x = eval(arg, env)?;
            match f.as_str() {
                "sqrt" => x.sqrt(),
                "abs" => x.abs(),
                "floor" => x.floor(),
                _ => return Err(CalcError::Unknown(f.clone())),
            }
        }
        Expr::Bin(op, l, r) => {
            let (a, b) = (eval(l, env)?, eval(r, env)?);
            match op {
                '+' => a + b,
                '-' => a - b,
                '*' => a * b,
                '/' | '%' if b == 0.0 => return Err(CalcError::DivZero),
                '/' => a / b,
                '%' => a % b,
                '^' => a.powf(b),
                _ => unreachable!("operator {}", op),
            }
        }
    })
}

fn run_line(line: &str, env: &mut HashMap<String, f64>) -> Result<f64, CalcError> {
    let toks = tokenize(line)?;
    let mut p = Parser { toks, pos: 0 };
    let target = if p.peek() == Some(&Tok::Let) {
        p.pos += 1;
        let name = match p.bump() {
            Some(Tok::Ident(n)) => n,
            other => return Err(CalcError::Unexpected(format!("{:?} after let", other))),
        };
        p.expect(Tok::Eq)?;
        Some(name)
    } else {
        None
    };
    let expr = p.sum()?;
    if let Some(extra) = p.peek() {
        return Err(CalcError::Unexpected(format!("trailing {:?}", extra)));
    }
    let value = eval(&expr, env)?;
    if let Some(name) = target {
        env.insert(name, value);
    }
    Ok(value)
}

fn main() {
    let mut env = HashMap::new();
    env.insert("pi".to_string(), 3.141592653589793);
    let lines = [
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "let r = 2.5", "pi * r ^ 2",
        "let h = sqrt(16) + abs(-1.5)", "h % 2", "10 / (5 - 5)", "3 + * 4", "floor(7 / 2",
        "x + 1", "4 $ 4", "1 2",
    ];
    for line in lines.iter() {
        match run_line(line, &mut env) {
            Ok(v) => println!("{:<28} = {}", line, v),
            Err(e) => println!("{:<28} ! {}", line, e),
        }
    }
    let mut names: Vec<_> = env.iter().collect();
    names.sort_by(|a, b| a.0.cmp(b.0));
    for (k, v) in names {
        println!("{} = {:.4}", k, v);
    }
}
