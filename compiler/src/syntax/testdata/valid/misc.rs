#!/usr/bin/env rustx
#![allow(unused, non_snake_case, uncommon_codepoints)]
/* block comment /* nested */ still comment */

/// Outer doc on an item.
#[derive(Debug)]
#[allow(dead_code)]
#[cfg_attr(test, derive(Clone))]
#[doc = "explicit doc"]
pub struct Documented {
    /// Field doc.
    #[allow(unused)]
    pub field: u8,
}

pub enum Variants {
    /// Variant doc.
    #[allow(unused)]
    One,
    Two(#[allow(unused)] u8),
}

fn r#match(r#type: u8) -> u8 {
    r#type
}

fn raw_ident_use() {
    let r#fn = r#match(1);
    let r#async = 2;
}

fn 名前(数: u32) -> u32 {
    数 + 1
}

struct Café;

#[inline]
#[must_use = "use it"]
fn attrs_on_things(#[allow(unused)] x: u8) -> u8 {
    #![allow(unused)]
    #[allow(unused)]
    let y = 1;
    #[allow(unused_braces)]
    {
        x
    }
}

fn attrs_on_exprs() {
    let v = vec![
        #[allow(unused)]
        1,
        2,
    ];
    match 1 {
        #[allow(unused)]
        _ => {}
    }
    let s = Documented {
        #[allow(unused)]
        field: 1,
    };
}

#[rustfmt::skip]
fn tool_attr() {}

#[deprecated(since = "1.0", note = "use other")]
pub fn old() {}

#[path = "foo.rs"]
mod foo {
    pub fn f() {}
}

/**
 * Multi-line block doc.
 */
pub fn block_doc() {}

mod inner_doc {
    //! Inner doc.
    /*! Inner block doc. */
}

trait WithGenerics<T = u8> {
    type Assoc<'a>: Iterator<Item = &'a T>
    where
        Self: 'a,
        T: 'a;
    fn method<U>(&self, u: U) -> T
    where
        U: Into<T>;
}

impl<T> WithGenerics<T> for Vec<T> {
    type Assoc<'a> = std::slice::Iter<'a, T> where T: 'a;
    fn method<U>(&self, u: U) -> T
    where
        U: Into<T>,
    {
        u.into()
    }
}

struct ConstDefault<const N: usize = 4, const B: bool = true>;

fn const_args() {
    let a: ConstDefault<{ 2 * 2 }, false> = ConstDefault;
    let b = ConstDefault::<8>;
}

pub(crate) struct Vis {
    pub(crate) a: u8,
    pub(self) b: u8,
    pub(in crate) c: u8,
    crate_visible: u8,
}

fn shifts_and_generics() {
    let v: Vec<Vec<u8>> = Vec::new();
    let x = 1 << 2 >> 1;
    let b = 1 < 2;
    let c = (1 as i32) < 2;
    let d: Option<Option<u8>> = None;
}

fn unsafe_things() {
    let p = &5 as *const i32;
    let v = unsafe { *p };
    let mut m = 5;
    let q = &raw mut m;
    unsafe {
        *q = 6;
    }
}

fn main() {}
fn raw_lifetimes<'r#fn, 'r#a>(x: &'r#a u8) -> &'r#a u8 { 'r#loop: loop { break 'r#loop x; } }
