//@ run-pass
//@ check-run-results

fn compose(x: i32) -> i32 {
    let add = |a: i32| a + 1;
    let mul = |a: i32| a * 10;
    mul(add(x))
}

fn main() {
    let base = 7;
    let scaled = |k: i32| base * k;
    let results: Vec<i32> = (1..=4).map(|k| scaled(k)).collect();
    println!("{:?}", results);
    println!("{}", compose(4));
    let greeting = String::from("hi");
    let greet = |name: &str| format!("{}, {}!", greeting, name);
    println!("{} {}", greet("ann"), greet("bo"));
    let x = 1;
    let x = {
        let y = x + 1;
        let x = y * 10;
        x + y
    };
    println!("{}", x);
    let pick = |flag: bool| if flag { "yes" } else { "no" };
    println!("{} {}", pick(true), pick(false));
}
