/**
 * The std model, part 2: `std::fmt` (the formatting traits, `Formatter`, `Arguments`), the
 * iterator traits and the adapters `for` loops and `.iter()` chains use, slices and `str`.
 * See model-core.ts for the conventions (`//@N` line markers, lang items, on_unimplemented).
 *
 * Owns: the text of these declarations. Must not: contain bodies.
 */
import type { StdFile } from './files.js';

export const FMT_ITER_FILES: StdFile[] = [
  {
    path: 'core/src/fmt/mod.rs',
    module: 'fmt',
    text: String.raw`
pub type Result = result::Result<(), Error>; //@96
#[lang = "fmt_Error"]
pub struct Error; //@119
#[lang = "fmt_Write"]
#[weft_required(write_str)]
pub trait Write { //@133
    fn write_str(&mut self, s: &str) -> Result;
    fn write_char(&mut self, c: char) -> Result;
    fn write_fmt(&mut self, args: Arguments<'_>) -> Result;
}
#[lang = "Formatter"]
pub struct Formatter<'a> { //@281
    buf: &'a mut (dyn Write + 'a),
}
impl<'a> Formatter<'a> {
    pub fn pad(&mut self, s: &str) -> Result;
    pub fn write_str(&mut self, data: &str) -> Result;
    pub fn write_fmt(&mut self, fmt: Arguments<'_>) -> Result;
    pub fn fill(&self) -> char;
    pub fn width(&self) -> Option<usize>;
    pub fn precision(&self) -> Option<usize>;
    pub fn alternate(&self) -> bool;
    pub fn sign_plus(&self) -> bool;
    pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a>;
    pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b, 'a>;
    pub fn debug_list<'b>(&'b mut self) -> DebugList<'b, 'a>;
}
impl Write for Formatter<'_> {
    fn write_str(&mut self, s: &str) -> Result;
    fn write_char(&mut self, c: char) -> Result;
    fn write_fmt(&mut self, args: Arguments<'_>) -> Result;
}
pub struct DebugStruct<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
}
impl<'a, 'b: 'a> DebugStruct<'a, 'b> {
    pub fn field(&mut self, name: &str, value: &dyn Debug) -> &mut Self;
    pub fn finish(&mut self) -> Result;
}
pub struct DebugTuple<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
}
impl<'a, 'b: 'a> DebugTuple<'a, 'b> {
    pub fn field(&mut self, value: &dyn Debug) -> &mut Self;
    pub fn finish(&mut self) -> Result;
}
pub struct DebugList<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
}
impl<'a, 'b: 'a> DebugList<'a, 'b> {
    pub fn entry(&mut self, entry: &dyn Debug) -> &mut Self;
    pub fn finish(&mut self) -> Result;
}
#[lang = "format_arguments"]
pub struct Arguments<'a> { //@600
    pieces: &'a [&'static str],
}
impl<'a> Arguments<'a> {
    pub const fn as_str(&self) -> Option<&'static str>;
}
impl Display for Arguments<'_> {
    fn fmt(&self, fmt: &mut Formatter<'_>) -> Result;
}
impl Debug for Arguments<'_> {
    fn fmt(&self, fmt: &mut Formatter<'_>) -> Result;
}
#[lang = "Debug"]
#[rustc_on_unimplemented(on(crate_local, note = "add \x60#[derive(Debug)]\x60 to \x60{Self}\x60 or manually \x60impl {This} for {Self}\x60"), on(from_desugaring = "FormatLiteral", label = "\x60{Self}\x60 cannot be formatted using \x60{{:?}}\x60 because it doesn't implement \x60{This}\x60"), message = "\x60{Self}\x60 doesn't implement \x60{This}\x60")]
pub trait Debug { //@936
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
#[lang = "Display"]
#[rustc_on_unimplemented(on(from_desugaring = "FormatLiteral", note = "in format strings you may be able to use \x60{{:?}}\x60 (or {{:#?}} for pretty-print) instead", label = "\x60{Self}\x60 cannot be formatted with the default formatter"), message = "\x60{Self}\x60 doesn't implement \x60{This}\x60")]
pub trait Display { //@1186
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
#[lang = "LowerHex"]
pub trait LowerHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
#[lang = "UpperHex"]
pub trait UpperHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
#[lang = "Octal"]
pub trait Octal {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
#[lang = "Binary"]
pub trait Binary {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
#[lang = "LowerExp"]
pub trait LowerExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
#[lang = "UpperExp"]
pub trait UpperExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
#[lang = "Pointer"]
pub trait Pointer {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + Display> Display for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + Display> Display for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + Debug> Debug for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + Debug> Debug for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Display for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Debug for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Display for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Debug for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Display for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Debug for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: Debug> Debug for [T] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: Debug, const N: usize> Debug for [T; N] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Debug for () {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Debug for Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Display for Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Debug for Ordering {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
`,
  },
  {
    path: 'alloc/src/fmt.rs',
    module: 'fmt',
    text: String.raw`
pub fn format(args: Arguments<'_>) -> string::String; //@635
`,
  },
  {
    path: 'core/src/iter/traits/iterator.rs',
    module: 'iter',
    text: String.raw`
#[lang = "iterator"]
#[rustc_on_unimplemented(message = "\x60{Self}\x60 is not an iterator", label = "\x60{Self}\x60 is not an iterator", note = "maybe try calling \x60.iter()\x60 or a similar method")]
#[weft_required(next)]
pub trait Iterator { //@40
    #[lang = "Item"]
    type Item; //@43
    #[lang = "next"]
    fn next(&mut self) -> Option<Self::Item>; //@77
    fn size_hint(&self) -> (usize, Option<usize>);
    fn count(self) -> usize
    where
        Self: Sized;
    fn last(self) -> Option<Self::Item>
    where
        Self: Sized;
    fn nth(&mut self, n: usize) -> Option<Self::Item>;
    fn step_by(self, step: usize) -> StepBy<Self>
    where
        Self: Sized;
    fn chain<U>(self, other: U) -> Chain<Self, U::IntoIter>
    where
        Self: Sized,
        U: IntoIterator<Item = Self::Item>;
    fn zip<U>(self, other: U) -> Zip<Self, U::IntoIter>
    where
        Self: Sized,
        U: IntoIterator;
    fn map<B, F>(self, f: F) -> Map<Self, F>
    where
        Self: Sized,
        F: FnMut(Self::Item) -> B;
    fn for_each<F>(self, f: F)
    where
        Self: Sized,
        F: FnMut(Self::Item);
    fn filter<P>(self, predicate: P) -> Filter<Self, P>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool;
    fn filter_map<B, F>(self, f: F) -> FilterMap<Self, F>
    where
        Self: Sized,
        F: FnMut(Self::Item) -> Option<B>;
    fn enumerate(self) -> Enumerate<Self> //@1005
    where
        Self: Sized;
    fn peekable(self) -> Peekable<Self>
    where
        Self: Sized;
    fn skip_while<P>(self, predicate: P) -> SkipWhile<Self, P>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool;
    fn take_while<P>(self, predicate: P) -> TakeWhile<Self, P>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool;
    fn skip(self, n: usize) -> Skip<Self>
    where
        Self: Sized;
    fn take(self, n: usize) -> Take<Self>
    where
        Self: Sized;
    fn flat_map<U, F>(self, f: F) -> FlatMap<Self, U, F>
    where
        Self: Sized,
        U: IntoIterator,
        F: FnMut(Self::Item) -> U;
    fn flatten(self) -> Flatten<Self>
    where
        Self: Sized,
        Self::Item: IntoIterator;
    fn by_ref(&mut self) -> &mut Self
    where
        Self: Sized;
    fn collect<B: FromIterator<Self::Item>>(self) -> B //@2051
    where
        Self: Sized;
    fn fold<B, F>(self, init: B, f: F) -> B
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> B;
    fn all<F>(&mut self, f: F) -> bool
    where
        Self: Sized,
        F: FnMut(Self::Item) -> bool;
    fn any<F>(&mut self, f: F) -> bool
    where
        Self: Sized,
        F: FnMut(Self::Item) -> bool;
    fn find<P>(&mut self, predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool;
    fn position<P>(&mut self, predicate: P) -> Option<usize>
    where
        Self: Sized,
        P: FnMut(Self::Item) -> bool;
    fn find_map<B, F>(&mut self, f: F) -> Option<B>
    where
        Self: Sized,
        F: FnMut(Self::Item) -> Option<B>;
    fn partition<B, F>(self, f: F) -> (B, B)
    where
        Self: Sized,
        B: Default + Extend<Self::Item>,
        F: FnMut(&Self::Item) -> bool;
    fn max(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord;
    fn min(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord;
    fn max_by_key<B: Ord, F>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(&Self::Item) -> B;
    fn max_by<F>(self, compare: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(&Self::Item, &Self::Item) -> Ordering;
    fn min_by<F>(self, compare: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(&Self::Item, &Self::Item) -> Ordering;
    fn min_by_key<B: Ord, F>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(&Self::Item) -> B;
    fn rev(self) -> Rev<Self> //@3422
    where
        Self: Sized + DoubleEndedIterator;
    fn copied<'a, T: 'a + Copy>(self) -> Copied<Self>
    where
        Self: Sized + Iterator<Item = &'a T>;
    fn cloned<'a, T: 'a + Clone>(self) -> Cloned<Self>
    where
        Self: Sized + Iterator<Item = &'a T>;
    fn sum<S>(self) -> S //@3653
    where
        Self: Sized,
        S: Sum<Self::Item>;
    fn product<P>(self) -> P
    where
        Self: Sized,
        P: Product<Self::Item>;
}
impl<I: Iterator + ?Sized> Iterator for &mut I {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
`,
  },
  {
    path: 'core/src/iter/traits/double_ended.rs',
    module: 'iter',
    text: String.raw`
#[lang = "DoubleEndedIterator"]
pub trait DoubleEndedIterator: Iterator { //@41
    fn next_back(&mut self) -> Option<Self::Item>;
}
`,
  },
  {
    path: 'core/src/iter/traits/exact_size.rs',
    module: 'iter',
    text: String.raw`
#[weft_required()]
pub trait ExactSizeIterator: Iterator { //@86
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
}
`,
  },
  {
    path: 'core/src/iter/traits/collect.rs',
    module: 'iter',
    text: String.raw`
#[lang = "FromIterator"]
#[rustc_on_unimplemented(message = "a value of type \x60{Self}\x60 cannot be built from an iterator over elements of type \x60{A}\x60", label = "value of type \x60{Self}\x60 cannot be built from \x60std::iter::Iterator<Item={A}>\x60")]
pub trait FromIterator<A>: Sized { //@150
    fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
}
#[lang = "IntoIterator"]
#[rustc_on_unimplemented(message = "\x60{Self}\x60 is not an iterator", label = "\x60{Self}\x60 is not an iterator", note = "if you want to iterate between \x60start\x60 until a value \x60end\x60, use the exclusive range syntax \x60start..end\x60 or the inclusive range syntax \x60start..=end\x60")]
pub trait IntoIterator { //@313
    type Item; //@316
    type IntoIter: Iterator<Item = Self::Item>;
    #[lang = "into_iter"]
    fn into_iter(self) -> Self::IntoIter;
}
impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;
    fn into_iter(self) -> I;
}
pub trait Extend<A> {
    fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T);
}
`,
  },
  {
    path: 'core/src/iter/traits/accum.rs',
    module: 'iter',
    text: String.raw`
#[lang = "Sum"]
pub trait Sum<A = Self>: Sized {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}
#[lang = "Product"]
pub trait Product<A = Self>: Sized {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}
`,
  },
  {
    path: 'core/src/iter/range.rs',
    module: 'iter',
    text: String.raw`
#[lang = "Step"]
pub trait Step: Clone + PartialOrd + Sized {
}
impl<A: Step> Iterator for ops::Range<A> {
    type Item = A;
    fn next(&mut self) -> Option<A>;
}
impl<A: Step> DoubleEndedIterator for ops::Range<A> {
    fn next_back(&mut self) -> Option<A>;
}
impl<A: Step> Iterator for ops::RangeFrom<A> {
    type Item = A;
    fn next(&mut self) -> Option<A>;
}
impl<A: Step> Iterator for ops::RangeInclusive<A> {
    type Item = A;
    fn next(&mut self) -> Option<A>;
}
impl<A: Step> DoubleEndedIterator for ops::RangeInclusive<A> {
    fn next_back(&mut self) -> Option<A>;
}
`,
  },
  {
    path: 'core/src/iter/sources/repeat.rs',
    module: 'iter',
    text: String.raw`
pub fn repeat<T: Clone>(elt: T) -> Repeat<T>; //@58
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Repeat<A> {
    element: A,
}
impl<A: Clone> Iterator for Repeat<A> {
    type Item = A;
    fn next(&mut self) -> Option<A>;
}
impl<A: Clone> DoubleEndedIterator for Repeat<A> {
    fn next_back(&mut self) -> Option<A>;
}
`,
  },
  {
    path: 'core/src/iter/adapters/mod.rs',
    module: 'iter',
    text: String.raw`
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Rev<T> {
    iter: T,
}
impl<I: DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
impl<I: DoubleEndedIterator> DoubleEndedIterator for Rev<I> {
    fn next_back(&mut self) -> Option<I::Item>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Enumerate<I> {
    iter: I,
}
impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);
    fn next(&mut self) -> Option<(usize, I::Item)>;
}
impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Enumerate<I> {
    fn next_back(&mut self) -> Option<(usize, I::Item)>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Zip<A, B> {
    a: A,
    b: B,
}
impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);
    fn next(&mut self) -> Option<(A::Item, B::Item)>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Chain<A, B> {
    a: A,
    b: B,
}
impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;
    fn next(&mut self) -> Option<A::Item>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Skip<I> {
    iter: I,
}
impl<I: Iterator> Iterator for Skip<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Take<I> {
    iter: I,
}
impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct StepBy<I> {
    iter: I,
}
impl<I: Iterator> Iterator for StepBy<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Peekable<I: Iterator> {
    iter: I,
}
impl<I: Iterator> Iterator for Peekable<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
impl<I: Iterator> Peekable<I> {
    pub fn peek(&mut self) -> Option<&I::Item>;
    pub fn peek_mut(&mut self) -> Option<&mut I::Item>;
    pub fn next_if(&mut self, func: impl FnOnce(&I::Item) -> bool) -> Option<I::Item>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Copied<I> {
    it: I,
}
impl<'a, I, T: 'a> Iterator for Copied<I>
where
    I: Iterator<Item = &'a T>,
    T: Copy,
{
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Cloned<I> {
    it: I,
}
impl<'a, I, T: 'a> Iterator for Cloned<I>
where
    I: Iterator<Item = &'a T>,
    T: Clone,
{
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Map<I, F> {
    iter: I,
    f: F,
}
impl<B, I: Iterator, F> Iterator for Map<I, F>
where
    F: FnMut(I::Item) -> B,
{
    type Item = B;
    fn next(&mut self) -> Option<B>;
}
impl<B, I: DoubleEndedIterator, F> DoubleEndedIterator for Map<I, F>
where
    F: FnMut(I::Item) -> B,
{
    fn next_back(&mut self) -> Option<B>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Filter<I, P> {
    iter: I,
    predicate: P,
}
impl<I: Iterator, P> Iterator for Filter<I, P>
where
    P: FnMut(&I::Item) -> bool,
{
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct FilterMap<I, F> {
    iter: I,
    f: F,
}
impl<B, I: Iterator, F> Iterator for FilterMap<I, F>
where
    F: FnMut(I::Item) -> Option<B>,
{
    type Item = B;
    fn next(&mut self) -> Option<B>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct SkipWhile<I, P> {
    iter: I,
    predicate: P,
}
impl<I: Iterator, P> Iterator for SkipWhile<I, P>
where
    P: FnMut(&I::Item) -> bool,
{
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct TakeWhile<I, P> {
    iter: I,
    predicate: P,
}
impl<I: Iterator, P> Iterator for TakeWhile<I, P>
where
    P: FnMut(&I::Item) -> bool,
{
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct FlatMap<I, U: IntoIterator, F> {
    iter: I,
    f: F,
    u: U,
}
impl<I: Iterator, U: IntoIterator, F> Iterator for FlatMap<I, U, F>
where
    F: FnMut(I::Item) -> U,
{
    type Item = U::Item;
    fn next(&mut self) -> Option<U::Item>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Flatten<I> {
    iter: I,
}
impl<I: Iterator<Item = U>, U: IntoIterator> Iterator for Flatten<I> {
    type Item = U::Item;
    fn next(&mut self) -> Option<U::Item>;
}
`,
  },
  {
    path: 'core/src/slice/mod.rs',
    module: 'slice',
    text: String.raw`
impl<T> [T] {
    pub const fn len(&self) -> usize; //@111
    pub const fn is_empty(&self) -> bool; //@129
    pub const fn first(&self) -> Option<&T>; //@155
    pub const fn first_mut(&mut self) -> Option<&mut T>;
    pub const fn split_first(&self) -> Option<(&T, &[T])>;
    pub const fn last(&self) -> Option<&T>; //@264
    pub const fn last_mut(&mut self) -> Option<&mut T>;
    pub fn get<I>(&self, index: I) -> Option<&I::Output> //@576
    where
        I: SliceIndex<Self>;
    pub fn get_mut<I>(&mut self, index: I) -> Option<&mut I::Output>
    where
        I: SliceIndex<Self>;
    pub const fn swap(&mut self, a: usize, b: usize); //@888
    pub const fn reverse(&mut self); //@953
    pub fn iter(&self) -> Iter<'_, T>; //@1040
    pub fn iter_mut(&mut self) -> IterMut<'_, T>; //@1060
    pub fn windows(&self, size: usize) -> Windows<'_, T>;
    pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T>;
    pub const fn split_at(&self, mid: usize) -> (&[T], &[T]);
    pub fn contains(&self, x: &T) -> bool //@2589
    where
        T: PartialEq;
    pub fn starts_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq;
    pub fn ends_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq;
    pub fn binary_search(&self, x: &T) -> Result<usize, usize> //@2919
    where
        T: Ord;
    pub fn sort_unstable(&mut self) //@3133
    where
        T: Ord;
    pub fn sort_unstable_by<F>(&mut self, compare: F)
    where
        F: FnMut(&T, &T) -> Ordering;
    pub fn rotate_left(&mut self, mid: usize);
    pub fn rotate_right(&mut self, mid: usize);
    pub fn fill(&mut self, value: T)
    where
        T: Clone;
    pub fn copy_from_slice(&mut self, src: &[T])
    where
        T: Copy;
    pub fn clone_from_slice(&mut self, src: &[T])
    where
        T: Clone;
}
impl<T, I, const N: usize> ops::Index<I> for [T; N]
where
    [T]: ops::Index<I>,
{
    type Output = <[T] as ops::Index<I>>::Output;
    fn index(&self, index: I) -> &Self::Output;
}
impl<T, I, const N: usize> ops::IndexMut<I> for [T; N]
where
    [T]: ops::IndexMut<I>,
{
    fn index_mut(&mut self, index: I) -> &mut Self::Output;
}
pub trait Concat<Item: ?Sized> {
    type Output;
}
pub trait Join<Separator> {
    type Output;
}
impl<S: Borrow<str>> Concat<str> for [S] {
    type Output = String;
}
impl<S: Borrow<str>> Join<&str> for [S] {
    type Output = String;
}
impl<T: Clone, V: Borrow<[T]>> Concat<T> for [V] {
    type Output = Vec<T>;
}
impl<A, B> PartialEq<[B]> for [A]
where
    A: PartialEq<B>,
{
    fn eq(&self, other: &[B]) -> bool;
}
impl<T: Eq> Eq for [T] {}
impl<T: PartialOrd> PartialOrd for [T] {
    fn partial_cmp(&self, other: &[T]) -> Option<Ordering>;
}
impl<T: Ord> Ord for [T] {
    fn cmp(&self, other: &[T]) -> Ordering;
}
impl<T: Hash> Hash for [T] {
    fn hash<H: Hasher>(&self, state: &mut H);
}
impl<T> Default for &[T] {
    fn default() -> Self;
}
impl<'a, T> IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T>;
}
impl<'a, T> IntoIterator for &'a mut [T] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T>;
}
`,
  },
  {
    path: 'core/src/slice/index.rs',
    module: 'slice',
    text: String.raw`
#[rustc_on_unimplemented(on(T = "str", label = "string indices are ranges of \x60usize\x60"), on(all(any(T = "str", T = "&str", T = "String"), Self = "{integer}"), note = "you can use \x60.chars().nth()\x60 or \x60.bytes().nth()\x60\nfor more information, see chapter 8 in The Book: <https://doc.rust-lang.org/book/ch08-02-strings.html#indexing-into-strings>"), message = "the type \x60{T}\x60 cannot be indexed by \x60{Self}\x60", label = "slice indices are of type \x60usize\x60 or ranges of \x60usize\x60")]
pub trait SliceIndex<T: ?Sized> {
    type Output: ?Sized;
}
impl<T> SliceIndex<[T]> for usize { //@214
    type Output = T;
}
impl<T> SliceIndex<[T]> for ops::Range<usize> {
    type Output = [T];
}
impl<T> SliceIndex<[T]> for ops::RangeTo<usize> {
    type Output = [T];
}
impl<T> SliceIndex<[T]> for ops::RangeFrom<usize> {
    type Output = [T];
}
impl<T> SliceIndex<[T]> for ops::RangeFull {
    type Output = [T];
}
impl<T> SliceIndex<[T]> for ops::RangeInclusive<usize> {
    type Output = [T];
}
impl<T, I> ops::Index<I> for [T]
where
    I: SliceIndex<[T]>,
{
    type Output = I::Output;
    fn index(&self, index: I) -> &I::Output;
}
impl<T, I> ops::IndexMut<I> for [T]
where
    I: SliceIndex<[T]>,
{
    fn index_mut(&mut self, index: I) -> &mut I::Output;
}
`,
  },
  {
    path: 'core/src/bstr/mod.rs',
    module: 'bstr',
    text: String.raw`
pub struct ByteStr {}
`,
  },
  {
    path: 'core/src/bstr/traits.rs',
    module: 'bstr',
    text: String.raw`
impl SliceIndex<ByteStr> for usize { //@197
    type Output = u8;
}
`,
  },
  {
    path: 'core/src/slice/iter.rs',
    module: 'slice',
    text: String.raw`
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Iter<'a, T: 'a> { //@60
    ptr: &'a T,
}
impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T>;
}
impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T>;
}
impl<T> ExactSizeIterator for Iter<'_, T> {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
}
impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self;
}
impl<'a, T> Iter<'a, T> {
    pub fn as_slice(&self) -> &'a [T];
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct IterMut<'a, T: 'a> { //@183
    ptr: &'a mut T,
}
impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T>;
}
impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T>;
}
impl<T> ExactSizeIterator for IterMut<'_, T> {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Windows<'a, T: 'a> {
    v: &'a [T],
}
impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Chunks<'a, T: 'a> {
    v: &'a [T],
}
impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]>;
}
`,
  },
  {
    path: 'core/src/str/mod.rs',
    module: 'str',
    text: String.raw`
impl str {
    pub const fn len(&self) -> usize; //@138
    pub const fn is_empty(&self) -> bool; //@157
    pub const fn is_char_boundary(&self, index: usize) -> bool;
    pub const fn as_bytes(&self) -> &[u8]; //@313
    pub fn get<I: SliceIndex<str>>(&self, i: I) -> Option<&I::Output>;
    pub const fn split_at(&self, mid: usize) -> (&str, &str);
    pub fn chars(&self) -> Chars<'_>; //@1066
    pub fn char_indices(&self) -> CharIndices<'_>;
    pub fn bytes(&self) -> Bytes<'_>; //@1113
    pub fn split_whitespace(&self) -> SplitWhitespace<'_>; //@1198
    pub fn lines(&self) -> Lines<'_>;
    pub fn contains<P: Pattern>(&self, pat: P) -> bool; //@1367
    pub fn starts_with<P: Pattern>(&self, pat: P) -> bool; //@1291
    pub fn ends_with<P: Pattern>(&self, pat: P) -> bool;
    pub fn find<P: Pattern>(&self, pat: P) -> Option<usize>;
    pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize>;
    pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P>; //@1655
    pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<'_, P>;
    pub fn split_once<P: Pattern>(&self, delimiter: P) -> Option<(&'_ str, &'_ str)>;
    pub fn trim(&self) -> &str; //@2171
    pub fn trim_start(&self) -> &str;
    pub fn trim_end(&self) -> &str;
    pub fn trim_matches<P: Pattern>(&self, pat: P) -> &str;
    pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str;
    pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str;
    pub fn strip_prefix<P: Pattern>(&self, prefix: P) -> Option<&str>;
    pub fn strip_suffix<P: Pattern>(&self, suffix: P) -> Option<&str>;
    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err>; //@2765
    pub const fn is_ascii(&self) -> bool;
    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool;
    pub fn to_ascii_uppercase(&self) -> String;
    pub fn to_ascii_lowercase(&self) -> String;
}
#[lang = "FromStr"]
pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}
impl PartialEq for str {
    fn eq(&self, other: &str) -> bool;
}
impl Eq for str {}
impl PartialOrd for str {
    fn partial_cmp(&self, other: &str) -> Option<Ordering>;
}
impl Ord for str {
    fn cmp(&self, other: &str) -> Ordering;
}
impl Hash for str {
    fn hash<H: Hasher>(&self, state: &mut H);
}
impl Default for &str {
    fn default() -> Self;
}
impl<I> ops::Index<I> for str
where
    I: SliceIndex<str>,
{
    type Output = I::Output;
    fn index(&self, index: I) -> &I::Output;
}
impl SliceIndex<str> for ops::Range<usize> {
    type Output = str;
}
impl SliceIndex<str> for ops::RangeTo<usize> {
    type Output = str;
}
impl SliceIndex<str> for ops::RangeFrom<usize> {
    type Output = str;
}
impl SliceIndex<str> for ops::RangeFull {
    type Output = str;
}
impl SliceIndex<str> for ops::RangeInclusive<usize> {
    type Output = str;
}
impl AsRef<[u8]> for str {
    fn as_ref(&self) -> &[u8];
}
pub struct ParseFloatError {
    kind: u8,
}
impl Debug for ParseFloatError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl Display for ParseFloatError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
pub const fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error>;
pub struct Utf8Error {
    valid_up_to: usize,
}
impl Debug for Utf8Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl Display for Utf8Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
pub struct ParseBoolError;
impl Debug for ParseBoolError {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl FromStr for bool {
    type Err = ParseBoolError;
    fn from_str(s: &str) -> Result<bool, ParseBoolError>;
}
impl FromStr for f64 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f64, ParseFloatError>;
}
impl FromStr for f32 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f32, ParseFloatError>;
}
`,
  },
  {
    path: 'core/src/str/pattern.rs',
    module: 'str',
    text: String.raw`
pub trait Pattern: Sized {} //@99
impl Pattern for char {}
impl<'b> Pattern for &'b str {}
impl<'b> Pattern for &'b String {}
impl<'b, 'c> Pattern for &'c &'b str {}
impl<F> Pattern for F where F: FnMut(char) -> bool {}
impl<const N: usize> Pattern for [char; N] {}
impl<'b, const N: usize> Pattern for &'b [char; N] {}
impl<'b> Pattern for &'b [char] {}
`,
  },
  {
    path: 'core/src/str/iter.rs',
    module: 'str',
    text: String.raw`
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Chars<'a> { //@35
    iter: slice::Iter<'a, u8>,
}
impl<'a> Iterator for Chars<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char>;
}
impl<'a> DoubleEndedIterator for Chars<'a> {
    fn next_back(&mut self) -> Option<char>;
}
impl<'a> Chars<'a> {
    pub fn as_str(&self) -> &'a str;
}
impl Clone for Chars<'_> {
    fn clone(&self) -> Self;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct CharIndices<'a> {
    front_offset: usize,
    iter: Chars<'a>,
}
impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);
    fn next(&mut self) -> Option<(usize, char)>;
}
impl<'a> DoubleEndedIterator for CharIndices<'a> {
    fn next_back(&mut self) -> Option<(usize, char)>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Bytes<'a>(slice::Iter<'a, u8>);
impl Iterator for Bytes<'_> {
    type Item = u8;
    fn next(&mut self) -> Option<u8>;
}
impl DoubleEndedIterator for Bytes<'_> {
    fn next_back(&mut self) -> Option<u8>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct SplitWhitespace<'a> {
    inner: &'a str,
}
impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str>;
}
impl<'a> DoubleEndedIterator for SplitWhitespace<'a> {
    fn next_back(&mut self) -> Option<&'a str>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Lines<'a>(&'a str);
impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Split<'a, P: Pattern>(&'a str, P);
impl<'a, P: Pattern> Iterator for Split<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str>;
}
impl<'a, P: Pattern> DoubleEndedIterator for Split<'a, P> {
    fn next_back(&mut self) -> Option<&'a str>;
}
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct SplitN<'a, P: Pattern>(&'a str, P);
impl<'a, P: Pattern> Iterator for SplitN<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str>;
}
`,
  },
  {
    path: 'core/src/array/mod.rs',
    module: 'array',
    text: String.raw`
impl<T, const N: usize> [T; N] {
    pub fn map<F, U>(self, f: F) -> [U; N]
    where
        F: FnMut(T) -> U;
    pub const fn as_slice(&self) -> &[T];
}
impl<T, const N: usize> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = IntoIter<T, N>;
    fn into_iter(self) -> Self::IntoIter;
}
impl<'a, T, const N: usize> IntoIterator for &'a [T; N] {
    type Item = &'a T;
    type IntoIter = slice::Iter<'a, T>;
    fn into_iter(self) -> slice::Iter<'a, T>;
}
impl<'a, T, const N: usize> IntoIterator for &'a mut [T; N] {
    type Item = &'a mut T;
    type IntoIter = slice::IterMut<'a, T>;
    fn into_iter(self) -> slice::IterMut<'a, T>;
}
pub struct IntoIter<T, const N: usize> {
    data: [T; N],
}
impl<T, const N: usize> Iterator for IntoIter<T, N> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
impl<T, const N: usize> DoubleEndedIterator for IntoIter<T, N> {
    fn next_back(&mut self) -> Option<T>;
}
impl<A, B, const N: usize> PartialEq<[B; N]> for [A; N]
where
    A: PartialEq<B>,
{
    fn eq(&self, other: &[B; N]) -> bool;
}
impl<A, B, const N: usize> PartialEq<[B]> for [A; N]
where
    A: PartialEq<B>,
{
    fn eq(&self, other: &[B]) -> bool;
}
impl<T: Eq, const N: usize> Eq for [T; N] {}
impl<T: PartialOrd, const N: usize> PartialOrd for [T; N] {
    fn partial_cmp(&self, other: &[T; N]) -> Option<Ordering>;
}
impl<T: Ord, const N: usize> Ord for [T; N] {
    fn cmp(&self, other: &[T; N]) -> Ordering;
}
impl<T: Hash, const N: usize> Hash for [T; N] {
    fn hash<H: Hasher>(&self, state: &mut H);
}
impl<T: Default, const N: usize> Default for [T; N] {
    fn default() -> [T; N];
}
`,
  },
];
