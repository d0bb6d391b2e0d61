// A value one dereference away from what was expected: rustc suggests `*` for a borrow, a box
// or another `Deref` type when the target is `Copy`, and removing a `&` written in place.

use std::rc::Rc;

fn main() {
    let level = &5;
    let _a: i32 = level; //~ ERROR E0308
    let boxed = Box::new(3u8);
    let _b: u8 = boxed; //~ ERROR E0308
    let shared = Rc::new(7i64);
    let _c: i64 = shared; //~ ERROR E0308
    let _d: Vec<i32> = &vec![1]; //~ ERROR E0308
    let counter = &mut 9;
    let _e: i32 = counter; //~ ERROR E0308
    let name = Rc::new(String::from("n"));
    let _f: String = name; //~ ERROR E0308
}
