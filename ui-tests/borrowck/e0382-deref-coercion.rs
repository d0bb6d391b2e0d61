// A moved value borrowed again through a method of its deref target (`[T]::iter` on a `Vec<T>`,
// `str::trim` on a `String`): rustc adds "borrow occurs due to deref coercion to `[T]`".
struct Coupon {
    code: String,
}

fn codes(coupons: Vec<Coupon>) -> usize {
    for c in coupons {
        println!("{}", c.code);
    }
    coupons.iter().count() //~ ERROR borrow of moved value: `coupons`
}

fn trimmed(s: String) -> usize {
    let t = s;
    s.trim().len() + t.len() //~ ERROR borrow of moved value: `s`
}

fn length(v: Vec<i32>) -> usize {
    let w = v;
    v.len() + w.len() //~ ERROR borrow of moved value: `v`
}

fn first(v: Vec<i32>) -> i32 {
    drop(v);
    *v.first().unwrap_or(&0) //~ ERROR borrow of moved value: `v`
}

fn main() {
    println!("{} {} {} {}", codes(Vec::new()), trimmed(String::new()), length(vec![1]), first(vec![2]));
}
