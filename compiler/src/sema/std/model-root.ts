/**
 * The std model, part 5: the crate root (`std/src/lib.rs`), the preludes, the internal prelude
 * every std model module sees, and "phantom" items: public std items weftc does not model further
 * but whose names matter because they make other names ambiguous (rustc prints `std::ops::Range`,
 * not `Range`, because `std::range::Range` exists too; see ty/print.ts on trimmed paths).
 *
 * Owns: the text of these declarations. Must not: contain bodies.
 */
import type { StdFile } from './files.js';

const V1_TYPES = String.raw`
pub use crate::marker::{Copy, Send, Sized, Sync};
pub use crate::ops::{Drop, Fn, FnMut, FnOnce};
pub use crate::mem::drop;
pub use crate::mem::size_of;
pub use crate::boxed::Box;
pub use crate::borrow::ToOwned;
pub use crate::clone::Clone;
pub use crate::cmp::{PartialEq, PartialOrd, Eq, Ord};
pub use crate::convert::{AsRef, AsMut, Into, From};
pub use crate::default::Default;
pub use crate::iter::{Iterator, Extend, IntoIterator, DoubleEndedIterator, ExactSizeIterator};
pub use crate::option::Option::{self, Some, None};
pub use crate::result::Result::{self, Ok, Err};
pub use crate::string::{String, ToString};
pub use crate::vec::Vec;
`;

export const ROOT_FILES: StdFile[] = [
  {
    path: 'std/src/lib.rs',
    module: '',
    text: String.raw`
pub mod prelude {
    pub mod v1 {` + V1_TYPES + String.raw`
    }
    pub mod rust_2015 {
        pub use super::v1::*;
    }
    pub mod rust_2018 {
        pub use super::v1::*;
    }
    pub mod rust_2021 {
        pub use super::v1::*;
        pub use crate::convert::{TryFrom, TryInto};
        pub use crate::iter::FromIterator;
    }
    pub mod rust_2024 {
        pub use super::v1::*;
        pub use crate::convert::{TryFrom, TryInto};
        pub use crate::iter::FromIterator;
    }
}
pub(crate) mod __internal {` + V1_TYPES + String.raw`
    pub use crate::convert::{TryFrom, TryInto, Infallible};
    pub use crate::iter::{FromIterator, Sum, Product, Step};
    pub use crate::fmt::{self, Debug, Display, Formatter};
    pub use crate::hash::{Hash, Hasher};
    pub use crate::cmp::Ordering;
    pub use crate::ops::{self, Add, Sub, Mul, Div, Rem, Neg, Not, AddAssign, Index, IndexMut, Deref, DerefMut, RangeBounds};
    pub use crate::slice::{self, SliceIndex};
    pub use crate::str::{FromStr, Pattern};
    pub use crate::borrow::{Borrow, Cow};
    pub use crate::alloc::{Allocator, Global};
    pub use crate::collections::hash_map::{BuildHasher, RandomState};
    pub use crate::collections::btree_map::BTreeMap;
    pub use crate::num::ParseIntError;
    pub use crate::string;
    pub use crate::result;
}
`,
  },
  {
    path: 'core/src/ops/range.rs',
    module: 'ops',
    text: String.raw`
pub trait RangeBounds<T: ?Sized> {}
impl<T> RangeBounds<T> for Range<T> {}
impl<T> RangeBounds<T> for RangeFrom<T> {}
impl<T> RangeBounds<T> for RangeTo<T> {}
impl<T> RangeBounds<T> for RangeInclusive<T> {}
impl<T> RangeBounds<T> for RangeToInclusive<T> {}
impl<T: ?Sized> RangeBounds<T> for RangeFull {}
`,
  },
  { path: 'std/src/path.rs', module: 'path', text: `
pub struct Display {}
pub struct Path {}
pub struct PathBuf {}
` },
  { path: 'std/src/range.rs', module: 'range', text: `
pub struct Range {}
pub struct RangeFrom {}
pub struct RangeInclusive {}
pub struct RangeToInclusive {}
` },
  { path: 'std/src/sync/atomic.rs', module: 'sync::atomic', text: `
pub enum Ordering {}
` },
  { path: 'core/src/any.rs', module: 'any', text: `
pub trait Any {}
impl<T: ?Sized> Any for T {}
impl fmt::Debug for dyn Any + Send {}
impl fmt::Debug for dyn Any + Send + Sync {}
` },
  { path: 'core/src/time.rs', module: 'time', text: `
pub struct Duration { secs: u64, nanos: u32 }
impl Duration {
    pub const fn from_secs(secs: u64) -> Duration;
    pub const fn from_millis(millis: u64) -> Duration;
    pub const fn from_micros(micros: u64) -> Duration;
    pub const fn from_nanos(nanos: u64) -> Duration;
    pub const fn as_secs(&self) -> u64;
    pub const fn as_millis(&self) -> u128;
    pub fn as_secs_f64(&self) -> f64;
}
impl Clone for Duration {}
impl Copy for Duration {}
impl fmt::Debug for Duration {}
impl PartialEq for Duration {}
impl PartialOrd for Duration {}
impl Mul<Duration> for u32 { //@1110
    type Output = Duration;
    fn mul(self, rhs: Duration) -> Duration;
}
` },
  { path: 'std/src/thread/mod.rs', module: 'thread', text: `
pub struct JoinHandle<T> { native: T }
impl<T> JoinHandle<T> {
    pub fn join(self) -> Result<T>;
    pub fn is_finished(&self) -> bool;
}
pub type Result<T> = crate::result::Result<T, Box<dyn crate::any::Any + Send + 'static>>;
pub fn spawn<F, T>(f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T + 'static,
    T: 'static;
pub fn sleep(dur: crate::time::Duration);
pub fn yield_now();
` },
  { path: 'std/src/env.rs', module: 'env', text: `
pub struct Args { inner: u8 }
impl Iterator for Args {
    type Item = String;
    fn next(&mut self) -> Option<String>;
}
impl DoubleEndedIterator for Args {
    fn next_back(&mut self) -> Option<String>;
}
impl ExactSizeIterator for Args {
    fn len(&self) -> usize;
}
impl fmt::Debug for Args {}
pub fn args() -> Args;
pub enum VarError {
    NotPresent,
    NotUnicode(String),
}
impl fmt::Debug for VarError {}
impl fmt::Display for VarError {}
impl Clone for VarError {}
impl PartialEq for VarError {}
pub fn var<K: AsRef<str>>(key: K) -> Result<String, VarError>;
` },
  { path: 'std/src/error.rs', module: 'error', text: `
pub trait Error {}
` },
  { path: 'std/src/collections/hash_map.rs', module: 'collections::hash_map', text: `
pub struct Drain {}
` },
  { path: 'std/src/io.rs', module: 'io', text: `
pub struct Error { repr: u8 }
pub enum ErrorKind { NotFound, PermissionDenied, InvalidInput, InvalidData, UnexpectedEof, Other }
impl fmt::Debug for Error {}
impl fmt::Display for Error {}
impl fmt::Debug for ErrorKind {}
impl Clone for ErrorKind {}
impl Copy for ErrorKind {}
impl PartialEq for ErrorKind {}
impl Error {
    pub fn kind(&self) -> ErrorKind;
    pub fn other<E>(error: E) -> Error where E: ToString;
}
pub type Result<T> = result::Result<T, Error>;
pub struct Bytes {}
pub struct Lines<B> { buf: B }
pub struct Split {}
pub struct Chain {}
pub struct Take {}
pub struct Cursor<T> { inner: T, pos: u64 }
pub struct Stdin { inner: u8 }
pub struct StdinLock<'a> { inner: &'a u8 }
pub struct Stdout { inner: u8 }
pub struct Stderr { inner: u8 }
pub fn stdin() -> Stdin;
pub fn stdout() -> Stdout;
pub fn stderr() -> Stderr;
impl Stdin {
    pub fn read_line(&self, buf: &mut String) -> Result<usize>;
    pub fn lock(&self) -> StdinLock<'static>;
    pub fn lines(self) -> Lines<StdinLock<'static>>;
}
impl<'a> BufRead for StdinLock<'a> {}
impl<B: BufRead> Iterator for Lines<B> {
    type Item = Result<String>;
    fn next(&mut self) -> Option<Result<String>>;
}
pub trait BufRead {
    fn read_line(&mut self, buf: &mut String) -> Result<usize>;
    fn lines(self) -> Lines<Self> where Self: Sized;
}
pub trait Read {
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize>;
}
impl Read for Stdin {}
#[weft_required(write, flush)]
pub trait Write {
    fn write(&mut self, buf: &[u8]) -> Result<usize>;
    fn flush(&mut self) -> Result<()>;
    fn write_all(&mut self, buf: &[u8]) -> Result<()>;
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<()>;
}
impl Write for Stdout {}
impl Write for Stderr {}
impl Write for Vec<u8> {}
` },
  { path: 'std/src/iter.rs', module: 'iter', text: `
pub struct Empty {}
` },
];
