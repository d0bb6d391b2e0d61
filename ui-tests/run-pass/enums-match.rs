//@ run-pass
//@ check-run-results

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(i64),
    Op(char),
    Ident { name: String, len: usize },
    End,
}

fn describe(t: &Token) -> String {
    match t {
        Token::Num(n) if *n < 0 => format!("negative {}", n),
        Token::Num(0) => String::from("zero"),
        Token::Num(n @ 1..=9) => format!("digit {}", n),
        Token::Num(n) => format!("number {}", n),
        Token::Op('+') | Token::Op('-') => "additive".to_string(),
        Token::Op(c) => format!("op {:?}", c),
        Token::Ident { name, len } => format!("ident {} ({})", name, len),
        Token::End => "end".to_string(),
    }
}

fn main() {
    let toks = vec![
        Token::Num(-4),
        Token::Num(0),
        Token::Num(7),
        Token::Num(42),
        Token::Op('+'),
        Token::Op('*'),
        Token::Ident { name: String::from("abc"), len: 3 },
        Token::End,
    ];
    for t in &toks {
        println!("{:?}: {}", t, describe(t));
    }
    println!("{}", toks[0] == Token::Num(-4));
    println!("{:#?}", toks[6]);
    let x = 17;
    let kind = match x {
        0 => "zero",
        1..=9 => "small",
        10 | 11 | 12 => "dozenish",
        _ => "big",
    };
    println!("{}", kind);
}
