//@ run-pass
//@ check-run-results

fn inc(x: &mut i32) {
    *x += 1;
}

fn set_name(s: &mut String) {
    s.push_str("!");
}

struct Account {
    balance: u64,
}

fn deposit(a: &mut Account, amount: u64) {
    a.balance += amount;
}

fn main() {
    let mut n = 1;
    inc(&mut n);
    inc(&mut n);
    println!("{}", n);
    let r = &mut n;
    *r *= 10;
    println!("{}", n);
    let mut s = String::from("hey");
    set_name(&mut s);
    println!("{}", s);
    let mut acct = Account { balance: 10 };
    deposit(&mut acct, 5);
    deposit(&mut acct, 7);
    println!("{}", acct.balance);
    let mut v = vec![1, 2, 3];
    inc(&mut v[1]);
    println!("{:?}", v);
    let mut a = 1;
    let mut b = 2;
    std::mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
}
