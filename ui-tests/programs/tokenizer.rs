//@ check-pass
// A tokenizer and evaluator for arithmetic expressions.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
}

fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' => {
                i += 1;
            }
            '0'..='9' => {
                let mut value: i64 = 0;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    value = value * 10 + chars[i].to_digit(10).unwrap() as i64;
                    i += 1;
                }
                tokens.push(Token::Num(value));
            }
            '+' | '-' | '*' | '/' | '(' | ')' => {
                let t = match c {
                    '+' => Token::Plus,
                    '-' => Token::Minus,
                    '*' => Token::Star,
                    '/' => Token::Slash,
                    '(' => Token::LParen,
                    _ => Token::RParen,
                };
                tokens.push(t);
                i += 1;
            }
            other => return Err(format!("unexpected {}", other)),
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn expr(&mut self) -> Result<i64, String> {
        let mut acc = self.term()?;
        loop {
            match self.peek() {
                Some(Token::Plus) => {
                    self.next();
                    acc += self.term()?;
                }
                Some(Token::Minus) => {
                    self.next();
                    acc -= self.term()?;
                }
                _ => return Ok(acc),
            }
        }
    }

    fn term(&mut self) -> Result<i64, String> {
        let mut acc = self.atom()?;
        while let Some(t) = self.peek() {
            let op = t.clone();
            match op {
                Token::Star | Token::Slash => {
                    self.next();
                    let rhs = self.atom()?;
                    if op == Token::Star {
                        acc *= rhs;
                    } else if rhs == 0 {
                        return Err(String::from("division by zero"));
                    } else {
                        acc /= rhs;
                    }
                }
                _ => break,
            }
        }
        Ok(acc)
    }

    fn atom(&mut self) -> Result<i64, String> {
        match self.next() {
            Some(Token::Num(n)) => Ok(n),
            Some(Token::Minus) => Ok(-self.atom()?),
            Some(Token::LParen) => {
                let v = self.expr()?;
                match self.next() {
                    Some(Token::RParen) => Ok(v),
                    _ => Err(String::from("expected )")),
                }
            }
            Some(t) => Err(format!("unexpected token {:?}", t)),
            None => Err(String::from("unexpected end")),
        }
    }
}

fn eval(src: &str) -> Result<i64, String> {
    let tokens = tokenize(src)?;
    let mut p = Parser { tokens, pos: 0 };
    let v = p.expr()?;
    if p.pos < p.tokens.len() {
        return Err(String::from("trailing input"));
    }
    Ok(v)
}

fn main() {
    let inputs = ["1 + 2 * 3", "(1 + 2) * 3", "10 / (5 - 5)", "2 * -3", "7 $ 2"];
    for src in inputs.iter() {
        match eval(src) {
            Ok(v) => println!("{} = {}", src, v),
            Err(e) => println!("{}: {}", src, e),
        }
    }
}
