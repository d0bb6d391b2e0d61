// `move` closures take what they use by value: a `String` used after is E0382, with rustc's
// suggestion to clone it into a new binding before the statement; `Copy` values are copied.
// Nested closures capture through the outer one. The rest is valid: closures whose captures end
// before the conflicting use, adaptors that borrow for one call, and variables only assigned
// inside a closure (used by it, so no unused-variable warning).
use std::collections::HashMap;

fn take<T>(_t: T) {}

struct P {
    x: i32,
}

fn main() {
    let s = String::from("x");
    let f = move || s.len();
    println!("{} {}", f(), s); //~ ERROR borrow of moved value: `s`

    let t = vec![1];
    let g = move || {
        let inner = || t.len();
        inner()
    };
    println!("{}", g());
    println!("{:?}", t); //~ ERROR borrow of moved value: `t`

    let mut list = vec![1];
    let mut adder = || list.push(2);
    list.push(3); //~ ERROR cannot borrow `list` as mutable more than once at a time
    adder();

    let n = 3;
    let copy = move || n + 1;
    println!("{} {}", copy(), n);

    let v = vec![1, 2, 3];
    let mut total = 0;
    v.iter().for_each(|x| total += x);
    println!("{}", total);

    let mut counts = HashMap::new();
    let mut add = |k: i32| *counts.entry(k).or_insert(0) += 1;
    add(1);
    add(2);
    println!("{}", counts.len());

    let mut text = String::new();
    let mut push = |c| text.push(c);
    push('a');
    push('b');
    println!("{}", text);

    let name = String::from("n");
    let greet = || println!("hi {}", name);
    greet();
    take(name);

    let p = P { x: 1 };
    let show = || println!("{}", p.x);
    show();
    take(p);

    let mut hits = 0;
    let mut hit = || hits += 1;
    hit();
    let mut last = 0;
    let mut set = || last = 5;
    set();
}
