// Moving a value out while a borrow of it is still used later (E0505): a reference held in a
// local, an element borrowed through `Index`, a field, an iterator or `first()` from a method,
// and a parameter. rustc suggests cloning the borrowed expression when its type is `Clone`, and
// notes where `Clone` could be implemented when it is a local type.
#[derive(Debug)]
struct Item {
    name: String,
    qty: u32,
}

#[derive(Debug)]
struct Token {
    id: u32,
}

fn take<T>(_t: T) {}

fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn param(v: Vec<u8>) {
    let r = &v;
    take(v); //~ ERROR cannot move out of `v` because it is borrowed
    println!("{:?}", r);
}

fn main() {
    let v = vec![1, 2, 3];
    let first = &v[0];
    consume(v); //~ ERROR cannot move out of `v` because it is borrowed
    println!("{}", first);

    let it = Item { name: String::from("bolt"), qty: 3 };
    let n = &it.name;
    take(it); //~ ERROR cannot move out of `it` because it is borrowed
    println!("{}", n);

    let t = Token { id: 7 };
    let rt = &t;
    let moved = t; //~ ERROR cannot move out of `t` because it is borrowed
    println!("{:?} {:?}", rt, moved);

    let nums = vec![4, 5];
    let iter = nums.iter();
    take(nums); //~ ERROR cannot move out of `nums` because it is borrowed
    println!("{}", iter.count());

    let words = vec![String::from("a")];
    let head = words.first();
    let all = words; //~ ERROR cannot move out of `words` because it is borrowed
    println!("{:?} {:?}", head, all);

    param(vec![1]);
}
