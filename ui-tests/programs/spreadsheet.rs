//@ run-pass
//@ check-run-results
//@ edition: 2021
// A mini spreadsheet: cell references like `B3` parsed into (col, row), formulas as a recursive
// Box'd expression enum parsed from text, evaluation with memoization in a HashMap and cycle
// detection through a visiting set, range functions (SUM, AVG, MAX), error values, and a grid
// printed with computed column widths.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Cell {
    col: u8,
    row: u16,
}

impl Cell {
    fn parse(s: &str) -> Option<Cell> {
        let mut chars = s.chars();
        let c = chars.next()?.to_ascii_uppercase();
        if !c.is_ascii_uppercase() {
            return None;
        }
        let row: u16 = chars.as_str().parse().ok()?;
        if row == 0 {
            return None;
        }
        Some(Cell { col: c as u8 - b'A', row: row - 1 })
    }
    fn name(&self) -> String {
        format!("{}{}", (b'A' + self.col) as char, self.row + 1)
    }
}

#[derive(Debug, Clone)]
enum Expr {
    Num(f64),
    Ref(Cell),
    Bin(char, Box<Expr>, Box<Expr>),
    Func(String, Cell, Cell),
}

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Number(f64),
    Text(String),
    Error(&'static str),
}

struct Parser<'a> {
    src: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }
    fn word(&mut self) -> &'a str {
        let start = self.pos;
        while self.peek().map_or(false, |b| b.is_ascii_alphanumeric() || b == b'.') {
            self.pos += 1;
        }
        std::str::from_utf8(&self.src[start..self.pos]).unwrap()
    }
    fn expr(&mut self) -> Result<Expr, String> {
        let mut lhs = self.term()?;
        while let Some(op @ (b'+' | b'-')) = self.peek() {
            self.pos += 1;
            lhs = Expr::Bin(op as char, Box::new(lhs), Box::new(self.term()?));
        }
        Ok(lhs)
    }
    fn term(&mut self) -> Result<Expr, String> {
        let mut lhs = self.atom()?;
        while let Some(op @ (b'*' | b'/')) = self.peek() {
            self.pos += 1;
            lhs = Expr::Bin(op as char, Box::new(lhs), Box::new(self.atom()?));
        }
        Ok(lhs)
    }
    fn atom(&mut self) -> Result<Expr, String> {
        if self.peek() == Some(b'(') {
            self.pos += 1;
            let e = self.expr()?;
            return if self.peek() == Some(b')') {
                self.pos += 1;
                Ok(e)
            } else {
                Err(format!("expected `)` at {}", self.pos))
            };
        }
        let w = self.word();
        if let Ok(n) = w.parse::<f64>() {
            return Ok(Expr::Num(n));
        }
        if self.peek() == Some(b'(') {
            self.pos += 1;
            let from = Cell::parse(self.word()).ok_or("bad range start")?;
            if self.peek() != Some(b':') {
                return Err("expected `:`".to_string());
            }
            self.pos += 1;
            let to = Cell::parse(self.word()).ok_or("bad range end")?;
            self.pos += 1;
            return Ok(Expr::Func(w.to_uppercase(), from, to));
        }
        Cell::parse(w).map(Expr::Ref).ok_or_else(|| format!("unexpected `{}`", w))
    }
}

struct Sheet {
    raw: HashMap<Cell, String>,
    cache: HashMap<Cell, Value>,
    visiting: Vec<Cell>,
}

impl Sheet {
    fn value(&mut self, cell: Cell) -> Value {
        if let Some(v) = self.cache.get(&cell) {
            return v.clone();
        }
        if self.visiting.contains(&cell) {
            return Value::Error("#CYCLE");
        }
        self.visiting.push(cell);
        let raw = self.raw.get(&cell).cloned().unwrap_or_default();
        let v = match raw.strip_prefix('=') {
            Some(f) => {
                let compact: String = f.chars().filter(|c| !c.is_whitespace()).collect();
                let mut p = Parser { src: compact.as_bytes(), pos: 0 };
                match p.expr() {
                    Ok(e) if p.pos == compact.len() => self.eval(&e),
                    _ => Value::Error("#PARSE"),
                }
            }
            None if raw.is_empty() => Value::Number(0.0),
            None => raw.parse().map(Value::Number).unwrap_or(Value::Text(raw)),
        };
        self.visiting.pop();
        self.cache.insert(cell, v.clone());
        v
    }

    fn eval(&mut self, e: &Expr) -> Value {
        let num = |v: Value| match v {
            Value::Number(n) => Ok(n),
            Value::Text(_) => Err("#VALUE"),
            Value::Error(e) => Err(e),
        };
        let result: Result<f64, &'static str> = match e {
            Expr::Num(n) => Ok(*n),
            Expr::Ref(c) => num(self.value(*c)),
            Expr::Bin(op, a, b) => {
                let (x, y) = (num(self.eval(a)), num(self.eval(b)));
                match (x, y, op) {
                    (Err(e), _, _) | (_, Err(e), _) => Err(e),
                    (Ok(_), Ok(y), '/') if y == 0.0 => Err("#DIV/0"),
                    (Ok(x), Ok(y), '+') => Ok(x + y),
                    (Ok(x), Ok(y), '-') => Ok(x - y),
                    (Ok(x), Ok(y), '*') => Ok(x * y),
                    (Ok(x), Ok(y), _) => Ok(x / y),
                }
            }
            Expr::Func(name, from, to) => {
                let mut values = Vec::new();
                for col in from.col..=to.col {
                    for row in from.row..=to.row {
                        values.push(num(self.value(Cell { col, row })));
                    }
                }
                match values.into_iter().collect::<Result<Vec<f64>, _>>() {
                    Err(e) => Err(e),
                    Ok(v) => match name.as_str() {
                        "SUM" => Ok(v.iter().sum()),
                        "AVG" if !v.is_empty() => Ok(v.iter().sum::<f64>() / v.len() as f64),
                        "MAX" => Ok(v.iter().cloned().fold(f64::NEG_INFINITY, f64::max)),
                        _ => Err("#NAME"),
                    },
                }
            }
        };
        result.map(Value::Number).unwrap_or_else(Value::Error)
    }
}

fn main() {
    let input = [
        ("A1", "Item"), ("B1", "Qty"), ("C1", "Price"), ("D1", "Total"),
        ("A2", "Apples"), ("B2", "12"), ("C2", "0.5"), ("D2", "=B2*C2"),
        ("A3", "Pears"), ("B3", "7"), ("C3", "0.75"), ("D3", "=B3 * C3"),
        ("A4", "Figs"), ("B4", "3"), ("C4", "2.2"), ("D4", "=B4*C4"),
        ("A5", "Sum"), ("B5", "=SUM(B2:B4)"), ("C5", "=avg(C2:C4)"), ("D5", "=SUM(D2:D4)"),
        ("A6", "Mixed"), ("B6", "=(B5-2)/(B2-12)"), ("C6", "=A2+1"), ("D6", "=MAX(D2:D4) * 2"),
        ("A7", "Loop"), ("B7", "=C7+1"), ("C7", "=B7"), ("D7", "=D5 +"),
    ];
    let mut sheet = Sheet { raw: HashMap::new(), cache: HashMap::new(), visiting: Vec::new() };
    for (name, text) in input.iter() {
        sheet.raw.insert(Cell::parse(name).unwrap(), text.to_string());
    }
    let rows = 7;
    let mut grid: Vec<Vec<String>> = Vec::new();
    for row in 0..rows {
        let line = (0..4u8)
            .map(|col| match sheet.value(Cell { col, row }) {
                Value::Number(n) if n.fract() == 0.0 => format!("{}", n),
                Value::Number(n) => format!("{:.3}", n),
                Value::Text(t) => t,
                Value::Error(e) => e.to_string(),
            })
            .collect();
        grid.push(line);
    }
    let widths: Vec<usize> = (0..4).map(|c| grid.iter().map(|r| r[c].len()).max().unwrap_or(0)).collect();
    for (i, row) in grid.iter().enumerate() {
        let cells: Vec<String> = row.iter().zip(&widths).map(|(s, w)| format!("{:>w$}", s, w = *w)).collect();
        println!("{:>2} | {} |", i + 1, cells.join(" | "));
    }
    let mut errors: Vec<(Cell, Value)> = sheet.cache.iter().filter(|(_, v)| matches!(v, Value::Error(_))).map(|(c, v)| (*c, v.clone())).collect();
    errors.sort_by_key(|(c, _)| (c.row, c.col));
    for (c, v) in errors {
        println!("{} -> {:?}", c.name(), v);
    }
}
