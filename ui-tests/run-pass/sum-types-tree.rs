//@ run-pass
//@ check-run-results

#[derive(Debug)]
enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
        Expr::Neg(a) => -eval(a),
    }
}

fn show(e: &Expr) -> String {
    match e {
        Expr::Num(n) => n.to_string(),
        Expr::Add(a, b) => format!("({} + {})", show(a), show(b)),
        Expr::Mul(a, b) => format!("{} * {}", show(a), show(b)),
        Expr::Neg(a) => format!("-{}", show(a)),
    }
}

fn main() {
    let e = Expr::Mul(Box::new(Expr::Add(Box::new(Expr::Num(2)), Box::new(Expr::Num(3)))), Box::new(Expr::Neg(Box::new(Expr::Num(7)))));
    println!("{} = {}", show(&e), eval(&e));
    println!("{:?}", e);
}
