//! Crate-level doc comment.
#![allow(dead_code, unused_variables, unused_imports)]
#![allow(unused_mut)]

extern crate core;
extern crate std as standard;

use std::collections::HashMap;
use std::fmt::{self, Debug, Display as Disp};
use std::io::*;
use std::{
    cell::{Cell, RefCell},
    rc::Rc,
};
use ::std::mem;
pub use self::inner::Thing;
pub(crate) use crate::inner::other as renamed;

/// A documented unit struct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Unit;

#[derive(Debug)]
pub struct Tuple(pub i32, pub(crate) String, u8);

/** Block doc comment. */
#[derive(Debug)]
pub struct Named<'a, T: Clone + 'a, const N: usize = 3>
where
    T: Debug,
{
    pub first: &'a T,
    pub(self) second: [T; N],
    pub(in crate) third: Option<Box<T>>,
    fourth: (),
}

pub enum Shape {
    Circle { radius: f64 },
    Rect(f64, f64),
    Empty,
}

#[repr(u8)]
enum Discriminant {
    A = 1,
    B = 2 + 3,
    C,
}

#[repr(C)]
pub union IntOrFloat {
    i: u32,
    f: f32,
}

pub const LIMIT: usize = 10 * 2;
const _: () = ();
pub static GREETING: &str = "hello";
static mut COUNTER: u32 = 0;

pub type Map<K> = HashMap<K, Vec<K>>;
type Callback = fn(i32, &str) -> bool;
type Dynamic<'a> = Box<dyn Fn(u8) -> u8 + Send + 'a>;

pub trait Animal: Debug {
    const LEGS: u32;
    const DEFAULT_NAME: &'static str = "animal";
    type Food;
    type Friend: Animal + ?Sized;
    fn name(&self) -> String;
    fn speak(&self) -> String {
        format!("{} speaks", self.name())
    }
    fn new() -> Self
    where
        Self: Sized;
    fn eat(&mut self, food: Self::Food);
}

pub unsafe trait Marker {}

unsafe impl Marker for Unit {}

impl Unit {
    pub const ZERO: i32 = 0;
    pub fn new() -> Self {
        Unit
    }
    fn by_value(self) {}
    fn by_mut_value(mut self) {}
    fn by_ref(&self) {}
    fn by_mut_ref(&mut self) {}
    fn by_lifetime_ref<'a>(&'a self) -> &'a Self {
        self
    }
    fn by_box(self: Box<Self>) {}
    pub(crate) unsafe fn dangerous() {}
    const fn konst() -> i32 {
        7
    }
    async fn later() -> u8 {
        1
    }
    extern "C" fn c_abi() {}
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unit")
    }
}

impl<T> From<T> for Tuple
where
    T: Into<i32>,
{
    fn from(t: T) -> Self {
        Tuple(t.into(), String::new(), 0)
    }
}


mod inner {
    pub struct Thing;
    pub fn other() {}
    pub mod deeper {
        pub(in crate::inner) fn hidden() {}
        pub(self) fn selfish() {}
    }
}

extern "C" {
    fn abs(x: i32) -> i32;
    static errno: i32;
}

unsafe extern "C" {
    pub safe fn sqrt(x: f64) -> f64;
    pub unsafe fn strlen(p: *const u8) -> usize;
}

macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
    () => {};
}

macro_rules! make_fn {
    ($name:ident) => {
        fn $name() {}
    };
}

make_fn!(generated);

square! {}

fn generic<T, U: Clone, V>(t: T, u: &U, v: V) -> (T, U)
where
    V: Into<U> + ?Sized,
    for<'a> &'a U: IntoIterator,
{
    (t, u.clone())
}

fn impl_trait(x: impl Iterator<Item = u8>) -> impl Fn(u8) -> u8 {
    move |y| y + 1
}

fn lifetimes<'a, 'b: 'a>(x: &'a str, y: &'b str) -> &'a str
where
    'b: 'a,
{
    x
}

fn const_generic<const N: usize>(arr: [u8; N]) -> usize {
    N
}

fn unit_ret() -> () {}

fn never_ret() -> ! {
    loop {}
}

#[cfg(test)]
mod tests {
    #[test]
    fn works() {
        assert_eq!(2 + 2, 4);
    }
}
