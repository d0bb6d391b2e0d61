//@ check-pass
// rustc 1.95 keeps a struct alive when live code mentions it anywhere (a path to its assoc item,
// a generic argument, a live fn's signature), constructed or not; its fields are then checked and
// reported unread, except a `PhantomData` field. A trait whose provided method is called through
// an impl is used.
#![warn(dead_code)]

trait Shape {
    fn describe() -> u8 {
        1
    }
}

struct Unit;
struct InSignature;
struct Named {
    x: u8, //~ WARN field `x` is never read
}
struct AsArgument;
struct Tuple(u8); //~ WARN field `0` is never read
struct Forgotten; //~ WARN struct `Forgotten` is never constructed
struct Tagged<T> {
    id: u8,
    tag: std::marker::PhantomData<T>,
}

impl Shape for Unit {}
impl Shape for Named {}
impl Shape for AsArgument {}
impl Shape for Tuple {}

fn takes(_: InSignature) {}

fn generic<T: Shape>() -> u8 {
    T::describe()
}

fn main() {
    let _ = Unit::describe();
    let _ = Named::describe();
    let _ = generic::<AsArgument>();
    let _ = Tuple::describe();
    let _ = takes;
    let t = Tagged::<Unit> { id: 7, tag: std::marker::PhantomData };
    let _ = t.id;
}
