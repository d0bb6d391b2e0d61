// Assigning to a place while a borrow of it is still used later (E0506). rustc points at the
// whole assignment when the old value needs no drop (integers, `+=`), and at the place alone when
// assigning drops the old value (`String`, a tuple holding one). Valid shapes are mixed in: a
// borrow no longer used, a holder given a new value, a borrow used only in the other branch.
fn main() {
    let mut x = 5;
    let r = &x;
    x = 6; //~ ERROR cannot assign to `x` because it is borrowed
    println!("{} {}", r, x);

    let mut c = 0;
    let rc = &c;
    c += 1; //~ ERROR cannot assign to `c` because it is borrowed
    println!("{}", rc);

    let mut s = String::new();
    let rs = &s;
    s = String::from("x"); //~ ERROR cannot assign to `s` because it is borrowed
    println!("{} {}", rs, s);

    let mut total = 0;
    for i in 0..3 {
        let seen = &total;
        total += i; //~ ERROR cannot assign to `total` because it is borrowed
        println!("{}", seen);
    }

    let mut pair = (String::new(), 1);
    let left = &pair.0;
    pair = (String::from("z"), 2); //~ ERROR cannot assign to `pair` because it is borrowed
    println!("{} {}", left, pair.1);

    // Valid: the borrow is dead, or its holder was given another value, or it is used elsewhere.
    let mut a = 1;
    let b = 2;
    let mut h = &a;
    println!("{}", h);
    h = &b;
    a = 5;
    println!("{} {}", h, a);
    let mut m = String::from("m");
    let rm = &m;
    if a > 3 {
        m = String::new();
        println!("{}", m);
    } else {
        println!("{}", rm);
    }
}
