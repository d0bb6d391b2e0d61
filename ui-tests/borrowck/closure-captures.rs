// Closures capture what they use from the enclosing body: by shared or mutable borrow, held by
// the binding the closure is stored in until its last call, or by value (a by-value use inside,
// or `move`). The borrow conflicts with other borrows (E0502, E0499), with a move (E0505) and an
// assignment (E0506) while the closure is still called later; a value moved into a closure is
// moved (E0382), and one moved before cannot be captured.
fn take<T>(_t: T) {}

fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    println!("{}", count); //~ ERROR cannot borrow `count` as immutable because it is also borrowed as mutable
    inc();

    let mut v = vec![1];
    let first = &v[0];
    let mut push = || v.push(2); //~ ERROR cannot borrow `v` as mutable because it is also borrowed as immutable
    push();
    println!("{}", first);

    let s = String::from("a");
    let f = || s.len();
    take(s); //~ ERROR cannot move out of `s` because it is borrowed
    println!("{}", f());

    let t = String::from("b");
    take(t);
    let g = || t.len(); //~ ERROR borrow of moved value: `t`
    println!("{}", g());

    let mut n = 1;
    let mut h = || n += 1;
    n = 5; //~ ERROR cannot assign to `n` because it is borrowed
    h();

    let mut w = vec![1];
    let mut a = || w.push(1);
    let mut b = || w.push(2); //~ ERROR cannot borrow `w` as mutable more than once at a time
    a();
    b();

    let u = String::from("c");
    let k = || take(u);
    println!("{}", u); //~ ERROR borrow of moved value: `u`
    k();

    let q = String::from("q");
    let r = || q.into_bytes();
    println!("{}", q); //~ ERROR borrow of moved value: `q`
    let _ = r;
}
