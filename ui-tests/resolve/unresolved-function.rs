fn compute(x: i32) -> i32 {
    x * 2
}

fn main() {
    let a = compute(1);
    let b = comput(2); //~ ERROR cannot find function `comput` in this scope
    println!("{} {}", a, b);
}
