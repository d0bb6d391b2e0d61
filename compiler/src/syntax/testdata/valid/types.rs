#![allow(unused)]
use std::collections::HashMap;
use std::fmt::Debug;

trait Tr<'a, T> {
    type Out;
}

struct S<'a, T, const N: usize>(&'a [T; N]);

fn types<'a>(
    a: i32,
    b: &'a str,
    c: &'a mut [u8],
    d: *const u8,
    e: *mut i32,
    f: (i32, &'a str),
    g: (),
    h: (u8,),
    i: [u8; 4],
    j: [[u8; 2]; 3],
    k: fn(i32) -> i32,
    l: unsafe extern "C" fn(*const u8, ...) -> i32,
    m: for<'b> fn(&'b u8) -> &'b u8,
    n: Box<dyn Fn(i32) -> i32 + 'a>,
    o: &'a dyn Debug,
    p: &'a (dyn Debug + Send),
    q: HashMap<String, Vec<Option<i32>>>,
    r: Option<Box<dyn FnMut() + Send + Sync>>,
    s: <Vec<u8> as IntoIterator>::Item,
    t: S<'a, u8, 3>,
    u: S<'a, u8, { 1 + 2 }>,
    v: impl Iterator<Item = u8> + Clone,
    w: Box<dyn for<'x> Fn(&'x u8)>,
    x: &'a &'a i32,
    y: Vec<Vec<u8>>,
    z: std::option::Option<::std::string::String>,
) {
    let inferred: Vec<_> = vec![1u8];
    let never_fn: fn() -> !;
    let nested_ptr: *const *mut u8;
    let assoc: Box<dyn Iterator<Item = (u8, u8)>>;
    let dyn_static: &'static (dyn Debug + 'static);
}

fn bounds<T: ?Sized + Debug, U>(t: &T, u: U)
where
    U: Clone + PartialEq<U> + for<'c> Tr<'c, u8, Out = i32>,
    Vec<U>: Debug,
{
}

fn ret_impl() -> impl Debug + use<> {
    1
}

fn gat_like<I: Iterator<Item: Debug>>(i: I) {}
