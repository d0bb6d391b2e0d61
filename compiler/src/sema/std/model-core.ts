/**
 * The std model, part 1: the core traits and types (Option, Result, the marker and comparison
 * traits, Clone, Default, conversions, the operator traits, fmt, hash). Rust declarations written
 * for weftc: signatures without bodies, parsed by weftc's own parser into ordinary items.
 *
 * Each file carries the path rustc 1.95.0 remaps std sources to, so that notes such as "method
 * defined here" name the file rustc names. A `//@N` comment at the end of a line says which line
 * of the real file the line stands for (the lines after it count on from there); indentation and
 * qualifiers follow std's, so columns agree too. Line numbers are taken from rustc's own
 * diagnostics where known; elsewhere they are approximate (UI tests normalise them to `LL:COL`).
 *
 * `#[lang = "..."]` marks the items the type checker needs by name (rustc's lang and diagnostic
 * items); `#[rustc_on_unimplemented(...)]` carries the E0277 wording std gives its traits.
 *
 * Owns: the text of these declarations. Must not: contain bodies or anything weftc cannot parse.
 */
import type { StdFile } from './files.js';

export const CORE_FILES: StdFile[] = [
  {
    path: 'core/src/marker.rs',
    module: 'marker',
    text: String.raw`
#[lang = "sized"]
pub trait Sized {}
#[lang = "copy"]
pub trait Copy: Clone {}
#[lang = "Send"]
pub unsafe auto trait Send {}
#[lang = "Sync"]
pub unsafe auto trait Sync {}
pub struct PhantomData<T: ?Sized>;
impl<T: ?Sized> Clone for PhantomData<T> {
    fn clone(&self) -> Self;
}
impl<T: ?Sized> Copy for PhantomData<T> {}
impl<T: ?Sized> Default for PhantomData<T> {
    fn default() -> Self;
}
impl<T: ?Sized> PartialEq for PhantomData<T> {
    fn eq(&self, _other: &PhantomData<T>) -> bool;
}
impl<T: ?Sized> Eq for PhantomData<T> {}
impl<T: ?Sized> Debug for PhantomData<T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
`,
  },
  {
    path: 'core/src/clone.rs',
    module: 'clone',
    text: String.raw`
#[lang = "clone"]
#[weft_required(clone)]
pub trait Clone: Sized { //@180
    fn clone(&self) -> Self; //@236
    fn clone_from(&mut self, source: &Self);
}
`,
  },
  {
    path: 'core/src/default.rs',
    module: 'default',
    text: String.raw`
#[lang = "Default"]
pub trait Default: Sized { //@105
    fn default() -> Self; //@137
}
`,
  },
  {
    path: 'core/src/cmp.rs',
    module: 'cmp',
    text: String.raw`
#[lang = "eq"]
#[rustc_on_unimplemented(message = "can't compare \x60{Self}\x60 with \x60{Rhs}\x60", label = "no implementation for \x60{Self} == {Rhs}\x60")]
#[weft_required(eq)]
pub trait PartialEq<Rhs: ?Sized = Self> { //@247
    fn eq(&self, other: &Rhs) -> bool; //@256
    fn ne(&self, other: &Rhs) -> bool;
}
#[lang = "Eq"]
pub trait Eq: PartialEq<Self> {}
#[lang = "Ordering"]
pub enum Ordering { //@392
    Less = -1,
    Equal = 0,
    Greater = 1,
}
impl Ordering {
    pub const fn is_eq(self) -> bool;
    pub const fn is_ne(self) -> bool;
    pub const fn is_lt(self) -> bool;
    pub const fn is_gt(self) -> bool;
    pub const fn is_le(self) -> bool;
    pub const fn is_ge(self) -> bool;
    pub const fn reverse(self) -> Ordering;
    pub const fn then(self, other: Ordering) -> Ordering;
    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering;
}
impl Clone for Ordering {
    fn clone(&self) -> Ordering;
}
impl Copy for Ordering {}
impl PartialEq for Ordering {
    fn eq(&self, other: &Ordering) -> bool;
}
impl Eq for Ordering {}
impl PartialOrd for Ordering {
    fn partial_cmp(&self, other: &Ordering) -> Option<Ordering>;
}
impl Ord for Ordering {
    fn cmp(&self, other: &Ordering) -> Ordering;
}
impl Debug for Ordering {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl Hash for Ordering {
    fn hash<H: Hasher>(&self, state: &mut H);
}
#[lang = "Ord"]
#[weft_required(cmp)]
pub trait Ord: Eq + PartialOrd<Self> { //@960
    fn cmp(&self, other: &Self) -> Ordering; //@999
    fn max(self, other: Self) -> Self //@1033
    where
        Self: Sized;
    fn min(self, other: Self) -> Self
    where
        Self: Sized;
    fn clamp(self, min: Self, max: Self) -> Self
    where
        Self: Sized;
}
#[lang = "partial_ord"]
#[rustc_on_unimplemented(message = "can't compare \x60{Self}\x60 with \x60{Rhs}\x60", label = "no implementation for \x60{Self} < {Rhs}\x60 and \x60{Self} > {Rhs}\x60")]
#[weft_required(partial_cmp)]
pub trait PartialOrd<Rhs: ?Sized = Self>: PartialEq<Rhs> { //@1345
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;
    fn lt(&self, other: &Rhs) -> bool;
    fn le(&self, other: &Rhs) -> bool; //@1428
    fn gt(&self, other: &Rhs) -> bool;
    fn ge(&self, other: &Rhs) -> bool;
}
pub const fn min<T: Ord>(v1: T, v2: T) -> T; //@1574
pub const fn max<T: Ord>(v1: T, v2: T) -> T; //@1681
pub struct Reverse<T>(pub T);
impl<T: PartialEq> PartialEq for Reverse<T> {
    fn eq(&self, other: &Reverse<T>) -> bool;
}
impl<T: Eq> Eq for Reverse<T> {}
impl<T: PartialOrd> PartialOrd for Reverse<T> {
    fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering>;
}
impl<T: Ord> Ord for Reverse<T> {
    fn cmp(&self, other: &Reverse<T>) -> Ordering;
}
impl<T: Clone> Clone for Reverse<T> {
    fn clone(&self) -> Reverse<T>;
}
impl<T: Copy> Copy for Reverse<T> {}
impl<T: Debug> Debug for Reverse<T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
`,
  },
  {
    path: 'core/src/option.rs',
    module: 'option',
    text: String.raw`
#[lang = "Option"]
pub enum Option<T> { //@600
    None,
    Some(T), //@608
}
impl<T> Option<T> {
    pub const fn is_some(&self) -> bool; //@635
    pub fn is_some_and(self, f: impl FnOnce(T) -> bool) -> bool;
    pub const fn is_none(&self) -> bool;
    pub fn is_none_or(self, f: impl FnOnce(T) -> bool) -> bool;
    pub const fn as_ref(&self) -> Option<&T>; //@744
    pub const fn as_mut(&mut self) -> Option<&mut T>;
    const fn len(&self) -> usize; //@810
    pub const fn expect(self, msg: &str) -> T; //@968
    pub const fn unwrap(self) -> T; //@1013
    pub const fn unwrap_or(self, default: T) -> T; //@1038
    pub const fn unwrap_or_else<F>(self, f: F) -> T //@1061
    where
        F: FnOnce() -> T;
    pub fn unwrap_or_default(self) -> T //@1093
    where
        T: Default;
    pub const fn map<U, F>(self, f: F) -> Option<U> //@1160
    where
        F: FnOnce(T) -> U;
    pub const fn map_or<U, F>(self, default: U, f: F) -> U //@1224
    where
        F: FnOnce(T) -> U;
    pub fn map_or_else<U, D, F>(self, default: D, f: F) -> U
    where
        D: FnOnce() -> U,
        F: FnOnce(T) -> U;
    pub const fn ok_or<E>(self, err: E) -> Result<T, E>; //@1337
    pub fn ok_or_else<E, F>(self, err: F) -> Result<T, E>
    where
        F: FnOnce() -> E;
    pub fn iter(&self) -> Iter<'_, T>;
    pub const fn and_then<U, F>(self, f: F) -> Option<U> //@1541
    where
        F: FnOnce(T) -> Option<U>;
    pub const fn filter<P>(self, predicate: P) -> Self //@1578
    where
        P: FnOnce(&T) -> bool;
    pub fn or(self, optb: Option<T>) -> Option<T>;
    pub fn or_else<F>(self, f: F) -> Option<T>
    where
        F: FnOnce() -> Option<T>;
    pub fn xor(self, optb: Option<T>) -> Option<T>;
    pub fn insert(&mut self, value: T) -> &mut T;
    pub fn get_or_insert(&mut self, value: T) -> &mut T;
    pub const fn take(&mut self) -> Option<T>; //@1884
    pub const fn replace(&mut self, value: T) -> Option<T>;
    pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)>;
}
impl<T> Option<&T> {
    pub const fn copied(self) -> Option<T>
    where
        T: Copy;
    pub fn cloned(self) -> Option<T>
    where
        T: Clone;
}
impl<T> Option<&mut T> {
    pub const fn copied(self) -> Option<T>
    where
        T: Copy;
    pub fn cloned(self) -> Option<T>
    where
        T: Clone;
}
impl<T, E> Option<Result<T, E>> {
    pub const fn transpose(self) -> Result<Option<T>, E>;
}
impl<T> Option<Option<T>> {
    pub const fn flatten(self) -> Option<T>;
}
impl<T: Clone> Clone for Option<T> {
    fn clone(&self) -> Self;
}
impl<T: Copy> Copy for Option<T> {}
impl<T> Default for Option<T> {
    fn default() -> Option<T>;
}
impl<T: PartialEq> PartialEq for Option<T> {
    fn eq(&self, other: &Self) -> bool;
}
impl<T: Eq> Eq for Option<T> {}
impl<T: PartialOrd> PartialOrd for Option<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering>;
}
impl<T: Ord> Ord for Option<T> {
    fn cmp(&self, other: &Self) -> Ordering;
}
impl<T: Debug> Debug for Option<T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl<T: Hash> Hash for Option<T> {
    fn hash<H: Hasher>(&self, state: &mut H);
}
impl<T> From<T> for Option<T> {
    fn from(val: T) -> Option<T>;
}
impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {
    fn from_iter<I: IntoIterator<Item = Option<A>>>(iter: I) -> Option<V>;
}
impl<T> IntoIterator for Option<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T>;
}
impl<'a, T> IntoIterator for &'a Option<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T>;
}
pub struct Iter<'a, A: 'a> {
    inner: &'a A,
}
impl<'a, A> Iterator for Iter<'a, A> {
    type Item = &'a A;
    fn next(&mut self) -> Option<&'a A>;
}
pub struct IntoIter<A> {
    inner: A,
}
impl<A> Iterator for IntoIter<A> {
    type Item = A;
    fn next(&mut self) -> Option<A>;
}
`,
  },
  {
    path: 'core/src/result.rs',
    module: 'result',
    text: String.raw`
#[lang = "Result"]
#[must_use = "this \x60Result\x60 may be an \x60Err\x60 variant, which should be handled"]
pub enum Result<T, E> { //@528
    Ok(T), //@561
    Err(E), //@566
}
impl<T, E> Result<T, E> {
    pub const fn is_ok(&self) -> bool; //@593
    pub fn is_ok_and(self, f: impl FnOnce(T) -> bool) -> bool;
    pub const fn is_err(&self) -> bool;
    pub fn is_err_and(self, f: impl FnOnce(E) -> bool) -> bool;
    pub const fn ok(self) -> Option<T>; //@708
    pub fn err(self) -> Option<E>;
    pub const fn as_ref(&self) -> Result<&T, &E>;
    pub const fn as_mut(&mut self) -> Result<&mut T, &mut E>;
    pub const fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E>; //@831
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U;
    pub const fn map_err<F, O: FnOnce(E) -> F>(self, op: O) -> Result<T, F>; //@962
    pub fn iter(&self) -> Iter<'_, T>;
    pub fn expect(self, msg: &str) -> T //@1179
    where
        E: fmt::Debug;
    pub fn unwrap(self) -> T //@1227
    where
        E: fmt::Debug;
    pub const fn unwrap_or_default(self) -> T //@1265
    where
        T: Default;
    pub fn expect_err(self, msg: &str) -> E
    where
        T: fmt::Debug;
    pub fn unwrap_err(self) -> E
    where
        T: fmt::Debug;
    pub const fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E>; //@1488
    pub fn or_else<F, O: FnOnce(E) -> Result<T, F>>(self, op: O) -> Result<T, F>;
    pub const fn unwrap_or(self, default: T) -> T; //@1590
    pub const fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T; //@1616
}
impl<T: Clone, E: Clone> Clone for Result<T, E> {
    fn clone(&self) -> Self;
}
impl<T: Copy, E: Copy> Copy for Result<T, E> {}
impl<T: PartialEq, E: PartialEq> PartialEq for Result<T, E> {
    fn eq(&self, other: &Self) -> bool;
}
impl<T: Eq, E: Eq> Eq for Result<T, E> {}
impl<T: PartialOrd, E: PartialOrd> PartialOrd for Result<T, E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering>;
}
impl<T: Ord, E: Ord> Ord for Result<T, E> {
    fn cmp(&self, other: &Self) -> Ordering;
}
impl<T: Debug, E: Debug> Debug for Result<T, E> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl<T: Hash, E: Hash> Hash for Result<T, E> {
    fn hash<H: Hasher>(&self, state: &mut H);
}
impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {
    fn from_iter<I: IntoIterator<Item = Result<A, E>>>(iter: I) -> Result<V, E>;
}
pub struct Iter<'a, T: 'a> {
    inner: Option<&'a T>,
}
impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T>;
}
`,
  },
  {
    path: 'core/src/convert/mod.rs',
    module: 'convert',
    text: String.raw`
#[lang = "AsRef"]
pub trait AsRef<T: ?Sized> {
    fn as_ref(&self) -> &T;
}
pub trait AsMut<T: ?Sized> {
    fn as_mut(&mut self) -> &mut T;
}
#[lang = "Into"]
pub trait Into<T>: Sized { //@446
    fn into(self) -> T; //@451
}
#[lang = "From"]
pub trait From<T>: Sized { //@587
    fn from(value: T) -> Self; //@592
}
#[lang = "TryFrom"]
pub trait TryFrom<T>: Sized {
    type Error;
    fn try_from(value: T) -> Result<Self, Self::Error>;
}
#[lang = "TryInto"]
pub trait TryInto<T>: Sized {
    type Error;
    fn try_into(self) -> Result<T, Self::Error>;
}
impl<T, U> Into<U> for T
where
    U: From<T>,
{
    fn into(self) -> U;
}
impl<T> From<T> for T {
    fn from(t: T) -> T;
}
impl<T, U> TryFrom<U> for T
where
    U: Into<T>,
{
    type Error = Infallible;
    fn try_from(value: U) -> Result<Self, Self::Error>;
}
impl<T, U> TryInto<U> for T
where
    U: TryFrom<T>,
{
    type Error = U::Error;
    fn try_into(self) -> Result<U, U::Error>;
}
pub enum Infallible {}
impl fmt::Debug for Infallible {}
impl fmt::Display for Infallible {}
impl Clone for Infallible {}
impl Copy for Infallible {}
impl PartialEq for Infallible {}
impl<T: ?Sized> AsRef<T> for &T where T: AsRef<T> {
    fn as_ref(&self) -> &T;
}
impl<T> AsRef<[T]> for [T] {
    fn as_ref(&self) -> &[T];
}
impl AsRef<str> for str {
    fn as_ref(&self) -> &str;
}
pub const fn identity<T>(x: T) -> T;
`,
  },
  {
    path: 'core/src/ops/arith.rs',
    module: 'ops',
    text: String.raw`
#[lang = "add"]
#[rustc_on_unimplemented(on(all(Self = "{integer}", Rhs = "{float}"), message = "cannot add a float to an integer"), on(all(Self = "{float}", Rhs = "{integer}"), message = "cannot add an integer to a float"), message = "cannot add \x60{Rhs}\x60 to \x60{Self}\x60", label = "no implementation for \x60{Self} + {Rhs}\x60")]
pub trait Add<Rhs = Self> { //@77
    type Output;
    fn add(self, rhs: Rhs) -> Self::Output;
}
#[lang = "sub"]
#[rustc_on_unimplemented(message = "cannot subtract \x60{Rhs}\x60 from \x60{Self}\x60", label = "no implementation for \x60{Self} - {Rhs}\x60")]
pub trait Sub<Rhs = Self> { //@190
    type Output;
    fn sub(self, rhs: Rhs) -> Self::Output;
}
#[lang = "mul"]
#[rustc_on_unimplemented(message = "cannot multiply \x60{Self}\x60 by \x60{Rhs}\x60", label = "no implementation for \x60{Self} * {Rhs}\x60")]
pub trait Mul<Rhs = Self> { //@324
    type Output;
    fn mul(self, rhs: Rhs) -> Self::Output;
}
#[lang = "div"]
#[rustc_on_unimplemented(message = "cannot divide \x60{Self}\x60 by \x60{Rhs}\x60", label = "no implementation for \x60{Self} / {Rhs}\x60")]
pub trait Div<Rhs = Self> { //@462
    type Output;
    fn div(self, rhs: Rhs) -> Self::Output;
}
#[lang = "rem"]
#[rustc_on_unimplemented(message = "cannot calculate the remainder of \x60{Self}\x60 divided by \x60{Rhs}\x60", label = "no implementation for \x60{Self} % {Rhs}\x60")]
pub trait Rem<Rhs = Self> { //@571
    type Output;
    fn rem(self, rhs: Rhs) -> Self::Output;
}
#[lang = "neg"]
#[rustc_on_unimplemented(message = "cannot apply unary operator \x60-\x60 to type \x60{Self}\x60", label = "cannot apply unary operator \x60-\x60")]
pub trait Neg { //@692
    type Output;
    fn neg(self) -> Self::Output;
}
#[lang = "add_assign"]
#[rustc_on_unimplemented(message = "cannot add-assign \x60{Rhs}\x60 to \x60{Self}\x60", label = "no implementation for \x60{Self} += {Rhs}\x60")]
pub trait AddAssign<Rhs = Self> { //@769
    fn add_assign(&mut self, rhs: Rhs);
}
#[lang = "sub_assign"]
#[rustc_on_unimplemented(message = "cannot subtract-assign \x60{Rhs}\x60 from \x60{Self}\x60", label = "no implementation for \x60{Self} -= {Rhs}\x60")]
pub trait SubAssign<Rhs = Self> { //@840
    fn sub_assign(&mut self, rhs: Rhs);
}
#[lang = "mul_assign"]
#[rustc_on_unimplemented(message = "cannot multiply-assign \x60{Self}\x60 by \x60{Rhs}\x60", label = "no implementation for \x60{Self} *= {Rhs}\x60")]
pub trait MulAssign<Rhs = Self> { //@902
    fn mul_assign(&mut self, rhs: Rhs);
}
#[lang = "div_assign"]
#[rustc_on_unimplemented(message = "cannot divide-assign \x60{Self}\x60 by \x60{Rhs}\x60", label = "no implementation for \x60{Self} /= {Rhs}\x60")]
pub trait DivAssign<Rhs = Self> { //@964
    fn div_assign(&mut self, rhs: Rhs);
}
#[lang = "rem_assign"]
#[rustc_on_unimplemented(message = "cannot calculate and assign the remainder of \x60{Self}\x60 divided by \x60{Rhs}\x60", label = "no implementation for \x60{Self} %= {Rhs}\x60")]
pub trait RemAssign<Rhs = Self> { //@1029
    fn rem_assign(&mut self, rhs: Rhs);
}
`,
  },
  {
    path: 'core/src/ops/bit.rs',
    module: 'ops',
    text: String.raw`
#[lang = "not"]
#[rustc_on_unimplemented(message = "cannot apply unary operator \x60!\x60 to type \x60{Self}\x60", label = "cannot apply unary operator \x60!\x60")]
pub trait Not { //@35
    type Output;
    fn not(self) -> Self::Output;
}
#[lang = "bitand"]
#[rustc_on_unimplemented(message = "no implementation for \x60{Self} & {Rhs}\x60", label = "no implementation for \x60{Self} & {Rhs}\x60")]
pub trait BitAnd<Rhs = Self> { //@150
    type Output;
    fn bitand(self, rhs: Rhs) -> Self::Output;
}
#[lang = "bitor"]
#[rustc_on_unimplemented(message = "no implementation for \x60{Self} | {Rhs}\x60", label = "no implementation for \x60{Self} | {Rhs}\x60")]
pub trait BitOr<Rhs = Self> { //@254
    type Output;
    fn bitor(self, rhs: Rhs) -> Self::Output;
}
#[lang = "bitxor"]
#[rustc_on_unimplemented(message = "no implementation for \x60{Self} ^ {Rhs}\x60", label = "no implementation for \x60{Self} ^ {Rhs}\x60")]
pub trait BitXor<Rhs = Self> { //@358
    type Output;
    fn bitxor(self, rhs: Rhs) -> Self::Output;
}
#[lang = "shl"]
#[rustc_on_unimplemented(message = "no implementation for \x60{Self} << {Rhs}\x60", label = "no implementation for \x60{Self} << {Rhs}\x60")]
pub trait Shl<Rhs = Self> { //@461
    type Output;
    fn shl(self, rhs: Rhs) -> Self::Output;
}
#[lang = "shr"]
#[rustc_on_unimplemented(message = "no implementation for \x60{Self} >> {Rhs}\x60", label = "no implementation for \x60{Self} >> {Rhs}\x60")]
pub trait Shr<Rhs = Self> { //@583
    type Output;
    fn shr(self, rhs: Rhs) -> Self::Output;
}
#[lang = "bitand_assign"]
#[rustc_on_unimplemented(message = "no implementation for \x60{Self} &= {Rhs}\x60", label = "no implementation for \x60{Self} &= {Rhs}\x60")]
pub trait BitAndAssign<Rhs = Self> { //@714
    fn bitand_assign(&mut self, rhs: Rhs);
}
#[lang = "bitor_assign"]
#[rustc_on_unimplemented(message = "no implementation for \x60{Self} |= {Rhs}\x60", label = "no implementation for \x60{Self} |= {Rhs}\x60")]
pub trait BitOrAssign<Rhs = Self> { //@789
    fn bitor_assign(&mut self, rhs: Rhs);
}
#[lang = "bitxor_assign"]
#[rustc_on_unimplemented(message = "no implementation for \x60{Self} ^= {Rhs}\x60", label = "no implementation for \x60{Self} ^= {Rhs}\x60")]
pub trait BitXorAssign<Rhs = Self> { //@864
    fn bitxor_assign(&mut self, rhs: Rhs);
}
#[lang = "shl_assign"]
#[rustc_on_unimplemented(message = "no implementation for \x60{Self} <<= {Rhs}\x60", label = "no implementation for \x60{Self} <<= {Rhs}\x60")]
pub trait ShlAssign<Rhs = Self> { //@937
    fn shl_assign(&mut self, rhs: Rhs);
}
#[lang = "shr_assign"]
#[rustc_on_unimplemented(message = "no implementation for \x60{Self} >>= {Rhs}\x60", label = "no implementation for \x60{Self} >>= {Rhs}\x60")]
pub trait ShrAssign<Rhs = Self> { //@1023
    fn shr_assign(&mut self, rhs: Rhs);
}
`,
  },
  {
    path: 'core/src/ops/deref.rs',
    module: 'ops',
    text: String.raw`
#[lang = "deref"]
pub trait Deref { //@136
    #[lang = "deref_target"]
    type Target: ?Sized;
    fn deref(&self) -> &Self::Target;
}
#[lang = "deref_mut"]
pub trait DerefMut: Deref { //@268
    fn deref_mut(&mut self) -> &mut Self::Target;
}
impl<T: ?Sized> Deref for &T {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T: ?Sized> Deref for &mut T {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T: ?Sized> DerefMut for &mut T {
    fn deref_mut(&mut self) -> &mut T;
}
`,
  },
  {
    path: 'core/src/ops/index.rs',
    module: 'ops',
    text: String.raw`
#[lang = "index"]
#[rustc_on_unimplemented(message = "the type \x60{Self}\x60 cannot be indexed by \x60{Idx}\x60", label = "\x60{Self}\x60 cannot be indexed by \x60{Idx}\x60")]
pub trait Index<Idx: ?Sized> { //@60
    type Output: ?Sized;
    fn index(&self, index: Idx) -> &Self::Output;
}
#[lang = "index_mut"]
#[rustc_on_unimplemented(message = "the type \x60{Self}\x60 cannot be mutably indexed by \x60{Idx}\x60", label = "\x60{Self}\x60 cannot be mutably indexed by \x60{Idx}\x60")]
pub trait IndexMut<Idx: ?Sized>: Index<Idx> { //@173
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}
`,
  },
  {
    path: 'core/src/ops/range.rs',
    module: 'ops',
    text: String.raw`
#[lang = "RangeFull"]
pub struct RangeFull; //@43
#[lang = "Range"]
pub struct Range<Idx> { //@83
    pub start: Idx,
    pub end: Idx,
}
impl<Idx: PartialOrd<Idx>> Range<Idx> {
    pub fn contains<U>(&self, item: &U) -> bool
    where
        Idx: PartialOrd<U>,
        U: ?Sized + PartialOrd<Idx>;
    pub fn is_empty(&self) -> bool;
}
#[lang = "RangeFrom"]
pub struct RangeFrom<Idx> { //@191
    pub start: Idx,
}
#[lang = "RangeTo"]
pub struct RangeTo<Idx> { //@272
    pub end: Idx,
}
#[lang = "RangeInclusive"]
pub struct RangeInclusive<Idx> { //@345
    pub(crate) start: Idx,
    pub(crate) end: Idx,
    pub(crate) exhausted: bool,
}
impl<Idx> RangeInclusive<Idx> {
    pub const fn new(start: Idx, end: Idx) -> Self;
    pub const fn start(&self) -> &Idx;
    pub const fn end(&self) -> &Idx;
}
impl<Idx: PartialOrd<Idx>> RangeInclusive<Idx> {
    pub fn contains<U>(&self, item: &U) -> bool
    where
        Idx: PartialOrd<U>,
        U: ?Sized + PartialOrd<Idx>;
    pub fn is_empty(&self) -> bool;
}
#[lang = "RangeToInclusive"]
pub struct RangeToInclusive<Idx> { //@588
    pub end: Idx,
}
impl<Idx: Clone> Clone for Range<Idx> {
    fn clone(&self) -> Self;
}
impl<Idx: PartialEq> PartialEq for Range<Idx> {
    fn eq(&self, other: &Self) -> bool;
}
impl<Idx: Debug> Debug for Range<Idx> {
    fn fmt(&self, fmt: &mut Formatter<'_>) -> fmt::Result;
}
impl<Idx: Clone> Clone for RangeInclusive<Idx> {
    fn clone(&self) -> Self;
}
impl<Idx: Debug> Debug for RangeInclusive<Idx> {
    fn fmt(&self, fmt: &mut Formatter<'_>) -> fmt::Result;
}
`,
  },
  {
    path: 'core/src/ops/function.rs',
    module: 'ops',
    text: String.raw`
#[lang = "fn"]
pub trait Fn<Args>: FnMut<Args> { //@72
    extern "rust-call" fn call(&self, args: Args) -> Self::Output;
}
#[lang = "fn_mut"]
pub trait FnMut<Args>: FnOnce<Args> { //@159
    extern "rust-call" fn call_mut(&mut self, args: Args) -> Self::Output;
}
#[lang = "fn_once"]
pub trait FnOnce<Args> { //@241
    #[lang = "fn_once_output"]
    type Output;
    extern "rust-call" fn call_once(self, args: Args) -> Self::Output;
}
`,
  },
  {
    path: 'core/src/ops/drop.rs',
    module: 'ops',
    text: String.raw`
#[lang = "drop"]
pub trait Drop { //@207
    fn drop(&mut self);
}
`,
  },
  {
    path: 'core/src/ops/try_trait.rs',
    module: 'ops',
    text: String.raw`
#[lang = "ControlFlow"]
pub enum ControlFlow<B, C = ()> {
    Continue(C),
    Break(B),
}
`,
  },
  {
    path: 'core/src/hash/mod.rs',
    module: 'hash',
    text: String.raw`
#[lang = "Hash"]
pub trait Hash { //@235
    fn hash<H: Hasher>(&self, state: &mut H);
}
#[lang = "Hasher"]
#[weft_required(finish, write)]
pub trait Hasher { //@328
    fn finish(&self) -> u64;
    fn write(&mut self, bytes: &[u8]);
    fn write_u8(&mut self, i: u8);
    fn write_u32(&mut self, i: u32);
    fn write_u64(&mut self, i: u64);
    fn write_usize(&mut self, i: usize);
}
`,
  },
  {
    path: 'core/src/mem/mod.rs',
    module: 'mem',
    text: String.raw`
pub const fn swap<T>(x: &mut T, y: &mut T); //@729
pub fn take<T: Default>(dest: &mut T) -> T; //@797
pub const fn replace<T>(dest: &mut T, src: T) -> T; //@860
pub fn drop<T>(_x: T); //@955
pub const fn size_of<T>() -> usize;
`,
  },
  {
    path: 'core/src/cell.rs',
    module: 'cell',
    text: String.raw`
pub struct Cell<T: ?Sized> {
    value: T,
}
impl<T> Cell<T> {
    pub const fn new(value: T) -> Cell<T>; //@414
    pub const fn set(&self, val: T); //@433
    pub const fn replace(&self, val: T) -> T; //@510
    pub const fn into_inner(self) -> T;
}
impl<T: Copy> Cell<T> {
    pub const fn get(&self) -> T; //@552
    pub const fn update(&self, f: impl FnOnce(T) -> T); //@573
}
impl<T: ?Sized> Cell<T> {
    pub fn get_mut(&mut self) -> &mut T;
}
impl<T: Default> Cell<T> {
    pub const fn take(&self) -> T; //@671
}
impl<T: Copy> Clone for Cell<T> {
    fn clone(&self) -> Cell<T>;
}
impl<T: Default> Default for Cell<T> {
    fn default() -> Cell<T>;
}
impl<T: Copy + Debug> Debug for Cell<T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl<T: PartialEq + Copy> PartialEq for Cell<T> {
    fn eq(&self, other: &Cell<T>) -> bool;
}
impl<T: Eq + Copy> Eq for Cell<T> {}
impl<T: PartialOrd + Copy> PartialOrd for Cell<T> {
    fn partial_cmp(&self, other: &Cell<T>) -> Option<Ordering>;
}
impl<T: Ord + Copy> Ord for Cell<T> {
    fn cmp(&self, other: &Cell<T>) -> Ordering;
}
#[lang = "RefCell"]
pub struct RefCell<T: ?Sized> {
    borrow: Cell<isize>,
    value: T,
}
pub struct BorrowError {
    location: (),
}
pub struct BorrowMutError {
    location: (),
}
impl<T> RefCell<T> {
    pub const fn new(value: T) -> RefCell<T>; //@971
    pub const fn into_inner(self) -> T; //@995
    pub const fn replace(&self, t: T) -> T; //@1025
    pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T;
    pub fn swap(&self, other: &RefCell<T>);
}
impl<T: ?Sized> RefCell<T> {
    pub const fn borrow(&self) -> Ref<'_, T>; //@1121
    pub const fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError>;
    pub const fn borrow_mut(&self) -> RefMut<'_, T>; //@1221
    pub const fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError>;
    pub fn get_mut(&mut self) -> &mut T;
}
impl<T: Default> RefCell<T> {
    pub fn take(&self) -> T; //@1430
}
impl<T: Clone> Clone for RefCell<T> {
    fn clone(&self) -> RefCell<T>;
}
impl<T: Default> Default for RefCell<T> {
    fn default() -> RefCell<T>;
}
impl<T: ?Sized + Debug> Debug for RefCell<T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + PartialEq> PartialEq for RefCell<T> {
    fn eq(&self, other: &RefCell<T>) -> bool;
}
impl<T: ?Sized + Eq> Eq for RefCell<T> {}
impl<T: ?Sized + PartialOrd> PartialOrd for RefCell<T> {
    fn partial_cmp(&self, other: &RefCell<T>) -> Option<Ordering>;
}
impl<T: ?Sized + Ord> Ord for RefCell<T> {
    fn cmp(&self, other: &RefCell<T>) -> Ordering;
}
pub struct Ref<'b, T: ?Sized + 'b> {
    value: &'b T,
}
impl<T: ?Sized> ops::Deref for Ref<'_, T> {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T: ?Sized + Debug> Debug for Ref<'_, T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + Display> Display for Ref<'_, T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
pub struct RefMut<'b, T: ?Sized + 'b> {
    value: &'b mut T,
}
impl<T: ?Sized> ops::Deref for RefMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T: ?Sized> ops::DerefMut for RefMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T;
}
impl<T: ?Sized + Debug> Debug for RefMut<'_, T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + Display> Display for RefMut<'_, T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
`,
  },
];
