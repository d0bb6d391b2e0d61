//@ run-pass
//@ check-run-results

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let k = 10;
    let add_k = |x| x + k;
    println!("{} {}", apply(add_k, 5), twice(add_k, 5));
    let add3 = make_adder(3);
    println!("{}", add3(4));
    let mut counter = 0;
    let mut inc = || counter += 2;
    inc();
    inc();
    println!("counter {}", counter);
    let names = vec!["b", "a", "c"];
    let lens: Vec<usize> = names.iter().map(|n| n.len() * 2).collect();
    println!("{:?}", lens);
}
