//@ run-pass
//@ check-run-results

fn div(a: i32, b: i32) -> Option<i32> {
    if b == 0 { None } else { Some(a / b) }
}

fn chain(a: i32, b: i32, c: i32) -> Option<i32> {
    let x = div(a, b)?;
    let y = div(x, c)?;
    Some(x + y)
}

fn classify(v: Option<Option<i32>>) -> &'static str {
    match v {
        None => "outer none",
        Some(None) => "inner none",
        Some(Some(n)) if n < 0 => "negative",
        Some(Some(_)) => "value",
    }
}

fn main() {
    println!("{:?} {:?} {:?}", chain(100, 5, 2), chain(1, 0, 2), chain(10, 2, 0));
    for v in [None, Some(None), Some(Some(-1)), Some(Some(4))] {
        println!("{:?} -> {}", v, classify(v));
    }
    let mut opt = Some(3);
    if let Some(x) = opt.as_mut() {
        *x += 1;
    }
    println!("{:?}", opt);
    let taken = opt.take();
    println!("{:?}", taken);
    println!("{:?}", opt);
}
