//@ run-pass
//@ check-run-results

fn eval_rpn(tokens: &[&str]) -> Option<i64> {
    let mut stack: Vec<i64> = Vec::new();
    for t in tokens {
        match *t {
            "+" | "-" | "*" => {
                let b = stack.pop()?;
                let a = stack.pop()?;
                stack.push(match *t {
                    "+" => a + b,
                    "-" => a - b,
                    _ => a * b,
                });
            }
            num => stack.push(num.parse().ok()?),
        }
    }
    if stack.len() == 1 { stack.pop() } else { None }
}

fn main() {
    println!("{:?}", eval_rpn(&["3", "4", "+", "2", "*"]));
    println!("{:?}", eval_rpn(&["1", "+"]));
    println!("{:?}", eval_rpn(&["x"]));
    let mut v = vec![1, 2, 3];
    while let Some(top) = v.pop() {
        print!("{} ", top);
    }
    println!();
}
