//@ run-pass
//@ check-run-results

fn main() {
    let x = 5;
    let x = x * 2;
    {
        let x = "inner";
        println!("{}", x);
    }
    println!("{}", x);
    let y = {
        let a = 3;
        let b = 4;
        a * a + b * b
    };
    println!("{}", y);
    let (mut p, q) = (1, 2);
    p += q;
    let [first, .., last] = [10, 20, 30, 40];
    println!("{} {} {} {}", p, q, first, last);
    let label = if y > 20 { "big" } else { "small" };
    println!("{}", label);
    let mut arr = [0; 5];
    for i in 0..5 {
        arr[i] = i * i;
    }
    println!("{:?}", arr);
}
