enum Token {
    Number(i64),
    Word(String),
    End,
}

fn first(tokens: Vec<Token>) -> i64 {
    let Token::Number(n) = tokens.into_iter().next().unwrap(); //~ ERROR refutable pattern in local binding
    n
}

fn main() {
    let maybe: Option<u8> = Some(3);
    let Some(v) = maybe; //~ ERROR refutable pattern in local binding
    let _ = first(vec![Token::Word(String::new()), Token::End]) + v as i64;
}
