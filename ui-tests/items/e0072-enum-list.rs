enum Expr { //~ ERROR recursive type `Expr` has infinite size
    Num(i64),
    Add(Expr, Expr),
    Neg(Box<Expr>),
}

fn main() {
    println!("expressions");
}
