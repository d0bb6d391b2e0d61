/**
 * The std model, part 3: the allocating types (`Vec`, `String`, `Box`, `HashMap`...), `ToString`,
 * `ToOwned`, `Borrow`, and what std adds on top of core (`process`, `io` printing).
 * See model-core.ts for the conventions.
 *
 * Owns: the text of these declarations. Must not: contain bodies.
 */
import type { StdFile } from './files.js';

export const ALLOC_FILES: StdFile[] = [
  {
    path: 'alloc/src/vec/mod.rs',
    module: 'vec',
    text: String.raw`
#[lang = "Vec"]
pub struct Vec<T, A: Allocator = Global> { //@438
    buf: RawVec<T, A>,
    len: usize,
}
impl<T> Vec<T> {
    pub const fn new() -> Self; //@484
    pub fn with_capacity(capacity: usize) -> Self; //@543
}
impl<T, A: Allocator> Vec<T, A> {
    pub const fn capacity(&self) -> usize; //@1421
    pub fn reserve(&mut self, additional: usize);
    pub fn shrink_to_fit(&mut self);
    pub fn truncate(&mut self, len: usize); //@1761
    pub const fn as_slice(&self) -> &[T];
    pub const fn as_mut_slice(&mut self) -> &mut [T];
    pub fn swap_remove(&mut self, index: usize) -> T; //@2197
    pub fn insert(&mut self, index: usize, element: T); //@2246
    pub fn remove(&mut self, index: usize) -> T; //@2341
    pub fn retain<F>(&mut self, f: F) //@2425
    where
        F: FnMut(&T) -> bool;
    pub fn dedup_by_key<F, K>(&mut self, key: F)
    where
        F: FnMut(&mut T) -> K,
        K: PartialEq;
    pub fn dedup_by<F>(&mut self, same_bucket: F)
    where
        F: FnMut(&mut T, &mut T) -> bool;
    #[rustc_confusables("push_back", "put", "append")]
    pub fn push(&mut self, value: T); //@991
    pub fn pop(&mut self) -> Option<T>;
    pub fn append(&mut self, other: &mut Self);
    pub fn drain<R>(&mut self, range: R) -> Drain<'_, T, A> //@2922
    where
        R: RangeBounds<usize>;
    pub fn clear(&mut self); //@2968
    #[rustc_confusables("length", "size")]
    pub const fn len(&self) -> usize; //@2996
    pub const fn is_empty(&self) -> bool; //@3021
    pub fn split_off(&mut self, at: usize) -> Self;
}
impl<T: Clone, A: Allocator> Vec<T, A> {
    pub fn resize(&mut self, new_len: usize, value: T);
    pub fn extend_from_slice(&mut self, other: &[T]); //@3499
}
impl<T: PartialEq, A: Allocator> Vec<T, A> {
    pub fn dedup(&mut self); //@3637
}
pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T>; //@3650
pub fn from_array<T, const N: usize>(elems: [T; N]) -> Vec<T>;
impl<T, A: Allocator> ops::Deref for Vec<T, A> {
    type Target = [T];
    fn deref(&self) -> &[T];
}
impl<T, A: Allocator> ops::DerefMut for Vec<T, A> {
    fn deref_mut(&mut self) -> &mut [T];
}
impl<T: Clone, A: Allocator + Clone> Clone for Vec<T, A> {
    fn clone(&self) -> Self;
}
impl<T: Hash, A: Allocator> Hash for Vec<T, A> {
    fn hash<H: Hasher>(&self, state: &mut H);
}
impl<T, I: SliceIndex<[T]>, A: Allocator> Index<I> for Vec<T, A> {
    type Output = I::Output;
    fn index(&self, index: I) -> &Self::Output;
}
impl<T, I: SliceIndex<[T]>, A: Allocator> IndexMut<I> for Vec<T, A> {
    fn index_mut(&mut self, index: I) -> &mut Self::Output;
}
impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T>;
}
impl<T, A: Allocator> IntoIterator for Vec<T, A> {
    type Item = T;
    type IntoIter = IntoIter<T, A>;
    fn into_iter(self) -> Self::IntoIter;
}
impl<'a, T, A: Allocator> IntoIterator for &'a Vec<T, A> {
    type Item = &'a T;
    type IntoIter = slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter;
}
impl<'a, T, A: Allocator> IntoIterator for &'a mut Vec<T, A> {
    type Item = &'a mut T;
    type IntoIter = slice::IterMut<'a, T>;
    fn into_iter(self) -> Self::IntoIter;
}
impl<T, A: Allocator> Extend<T> for Vec<T, A> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I);
}
impl<'a, T: Copy + 'a, A: Allocator> Extend<&'a T> for Vec<T, A> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I);
}
impl<T, A1, A2, U> PartialEq<Vec<U, A2>> for Vec<T, A1>
where
    A1: Allocator,
    A2: Allocator,
    T: PartialEq<U>,
{
    fn eq(&self, other: &Vec<U, A2>) -> bool;
}
impl<T, U, A: Allocator> PartialEq<&[U]> for Vec<T, A>
where
    T: PartialEq<U>,
{
    fn eq(&self, other: &&[U]) -> bool;
}
impl<T, U, A: Allocator, const N: usize> PartialEq<[U; N]> for Vec<T, A>
where
    T: PartialEq<U>,
{
    fn eq(&self, other: &[U; N]) -> bool;
}
impl<T, U, A: Allocator, const N: usize> PartialEq<&[U; N]> for Vec<T, A>
where
    T: PartialEq<U>,
{
    fn eq(&self, other: &&[U; N]) -> bool;
}
impl<T, A: Allocator> PartialOrd for Vec<T, A>
where
    T: PartialOrd,
    A: Allocator,
{
    fn partial_cmp(&self, other: &Self) -> Option<Ordering>;
}
impl<T: Eq, A: Allocator> Eq for Vec<T, A> {}
impl<T: Ord, A: Allocator> Ord for Vec<T, A> {
    fn cmp(&self, other: &Self) -> Ordering;
}
impl<T> Default for Vec<T> {
    fn default() -> Vec<T>;
}
impl<T: Debug, A: Allocator> Debug for Vec<T, A> { //@4242
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl<T, A: Allocator> AsRef<[T]> for Vec<T, A> {
    fn as_ref(&self) -> &[T];
}
impl<T: Clone> From<&[T]> for Vec<T> {
    fn from(s: &[T]) -> Vec<T>;
}
impl<T, const N: usize> From<[T; N]> for Vec<T> {
    fn from(s: [T; N]) -> Vec<T>;
}
impl From<&str> for Vec<u8> {
    fn from(s: &str) -> Vec<u8>;
}
pub struct IntoIter<T, A: Allocator = Global> {
    buf: RawVec<T, A>,
}
impl<T, A: Allocator> Iterator for IntoIter<T, A> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
impl<T, A: Allocator> DoubleEndedIterator for IntoIter<T, A> {
    fn next_back(&mut self) -> Option<T>;
}
pub struct Drain<'a, T: 'a, A: Allocator + 'a = Global> {
    vec: &'a mut Vec<T, A>,
}
impl<T, A: Allocator> Iterator for Drain<'_, T, A> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
struct RawVec<T, A: Allocator = Global> {
    ptr: *const T,
    alloc: A,
}
`,
  },
  {
    path: 'alloc/src/alloc.rs',
    module: 'alloc',
    text: String.raw`
pub trait Allocator {}
pub struct Global;
impl Allocator for Global {}
impl Clone for Global {
    fn clone(&self) -> Self;
}
impl Copy for Global {}
`,
  },
  {
    path: 'alloc/src/string.rs',
    module: 'string',
    text: String.raw`
#[lang = "String"]
pub struct String { //@360
    vec: Vec<u8>,
}
impl String {
    #[must_use]
    pub const fn new() -> String; //@459
    pub fn with_capacity(capacity: usize) -> String; //@484
    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error>; //@560
    pub fn from_utf8_lossy(v: &[u8]) -> Cow<'_, str>;
    pub fn into_bytes(self) -> Vec<u8>;
    #[must_use]
    pub const fn as_str(&self) -> &str; //@1052
    pub const fn as_mut_str(&mut self) -> &mut str;
    #[rustc_confusables("append", "push")]
    pub fn push_str(&mut self, string: &str); //@1101
    #[must_use]
    pub fn capacity(&self) -> usize;
    pub fn reserve(&mut self, additional: usize);
    pub fn push(&mut self, ch: char); //@1416
    #[must_use]
    pub const fn as_bytes(&self) -> &[u8]; //@1445
    pub fn truncate(&mut self, new_len: usize); //@1473
    pub fn pop(&mut self) -> Option<char>; //@1497
    pub fn remove(&mut self, idx: usize) -> char;
    pub fn retain<F>(&mut self, f: F)
    where
        F: FnMut(char) -> bool;
    pub fn insert(&mut self, idx: usize, ch: char); //@1726
    pub fn insert_str(&mut self, idx: usize, string: &str);
    #[must_use]
    #[rustc_confusables("length", "size")]
    pub const fn len(&self) -> usize; //@1860
    #[must_use]
    pub const fn is_empty(&self) -> bool; //@1880
    pub fn split_off(&mut self, at: usize) -> String;
    pub fn clear(&mut self); //@1936
}
pub struct FromUtf8Error {
    bytes: Vec<u8>,
}
impl Debug for FromUtf8Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl Display for FromUtf8Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl Clone for String {
    fn clone(&self) -> Self;
}
impl FromIterator<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String;
}
impl<'a> FromIterator<&'a str> for String {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> String;
}
impl<'a> FromIterator<&'a char> for String {
    fn from_iter<I: IntoIterator<Item = &'a char>>(iter: I) -> String;
}
impl FromIterator<String> for String {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String;
}
impl Extend<char> for String {
    fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I);
}
impl<'a> Extend<&'a str> for String {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I);
}
impl PartialEq for String {
    fn eq(&self, other: &String) -> bool;
}
impl PartialEq<str> for String {
    fn eq(&self, other: &str) -> bool;
}
impl<'a> PartialEq<&'a str> for String {
    fn eq(&self, other: &&'a str) -> bool;
}
impl PartialEq<String> for str {
    fn eq(&self, other: &String) -> bool;
}
impl<'a> PartialEq<String> for &'a str {
    fn eq(&self, other: &String) -> bool;
}
impl Eq for String {}
impl PartialOrd for String {
    fn partial_cmp(&self, other: &String) -> Option<Ordering>;
}
impl Ord for String {
    fn cmp(&self, other: &String) -> Ordering;
}
impl Default for String {
    fn default() -> String;
}
impl Display for String {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl Debug for String {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl Hash for String {
    fn hash<H: Hasher>(&self, hasher: &mut H);
}
impl Add<&str> for String {
    type Output = String;
    fn add(self, other: &str) -> String;
}
impl AddAssign<&str> for String {
    fn add_assign(&mut self, other: &str);
}
impl<I: SliceIndex<str>> ops::Index<I> for String {
    type Output = I::Output;
    fn index(&self, index: I) -> &I::Output;
}
impl ops::Deref for String {
    type Target = str;
    fn deref(&self) -> &str;
}
impl ops::DerefMut for String {
    fn deref_mut(&mut self) -> &mut str;
}
impl fmt::Write for String {
    fn write_str(&mut self, s: &str) -> fmt::Result;
    fn write_char(&mut self, c: char) -> fmt::Result;
}
impl AsRef<str> for String {
    fn as_ref(&self) -> &str;
}
impl AsRef<[u8]> for String {
    fn as_ref(&self) -> &[u8];
}
impl From<&str> for String {
    fn from(s: &str) -> String;
}
impl From<&mut str> for String {
    fn from(s: &mut str) -> String;
}
impl From<&String> for String {
    fn from(s: &String) -> String;
}
impl From<char> for String {
    fn from(c: char) -> String;
}
impl From<Box<str>> for String {
    fn from(s: Box<str>) -> String;
}
impl FromStr for String {
    type Err = Infallible;
    fn from_str(s: &str) -> Result<String, Self::Err>;
}
#[lang = "ToString"]
pub trait ToString { //@2865
    fn to_string(&self) -> String; //@2880
}
impl<T: fmt::Display + ?Sized> ToString for T {
    fn to_string(&self) -> String;
}
impl Borrow<str> for String {
    fn borrow(&self) -> &str;
}
`,
  },
  {
    path: 'alloc/src/str.rs',
    module: 'str',
    text: String.raw`
impl ToOwned for str {
    type Owned = String;
    fn to_owned(&self) -> String;
}
impl str {
    pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String; //@268
    pub fn to_lowercase(&self) -> String;
    pub fn to_uppercase(&self) -> String;
    pub fn repeat(&self, n: usize) -> String;
}
`,
  },
  {
    path: 'alloc/src/slice.rs',
    module: 'slice',
    text: String.raw`
impl<T> [T] {
    pub fn sort(&mut self) //@131
    where
        T: Ord;
    pub fn sort_by<F>(&mut self, compare: F) //@192
    where
        F: FnMut(&T, &T) -> Ordering;
    pub fn sort_by_key<K, F>(&mut self, f: F) //@247
    where
        F: FnMut(&T) -> K,
        K: Ord;
    pub fn to_vec(&self) -> Vec<T> //@372
    where
        T: Clone;
    pub fn repeat(&self, n: usize) -> Vec<T> //@509
    where
        T: Copy;
    pub fn concat<Item: ?Sized>(&self) -> <Self as Concat<Item>>::Output //@577
    where
        Self: Concat<Item>;
    pub fn join<Separator>(&self, sep: Separator) -> <Self as Join<Separator>>::Output //@596
    where
        Self: Join<Separator>;
}
`,
  },
  {
    path: 'alloc/src/borrow.rs',
    module: 'borrow',
    text: String.raw`
pub trait ToOwned { //@40
    type Owned: Borrow<Self>;
    fn to_owned(&self) -> Self::Owned; //@48
}
impl<T> ToOwned for T
where
    T: Clone,
{
    type Owned = T;
    fn to_owned(&self) -> T;
}
impl<T: Clone> ToOwned for [T] {
    type Owned = Vec<T>;
    fn to_owned(&self) -> Vec<T>;
}
pub enum Cow<'a, B: ?Sized + 'a + ToOwned> {
    Borrowed(&'a B),
    Owned(<B as ToOwned>::Owned),
}
impl<B: ?Sized + ToOwned> Cow<'_, B> {
    pub fn into_owned(self) -> <B as ToOwned>::Owned;
}
impl<B: ?Sized + ToOwned> ops::Deref for Cow<'_, B>
where
    B::Owned: Borrow<B>,
{
    type Target = B;
    fn deref(&self) -> &B;
}
impl<B: ?Sized + Debug + ToOwned> Debug for Cow<'_, B>
where
    B::Owned: Debug,
{
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl<B: ?Sized + Display + ToOwned> Display for Cow<'_, B>
where
    B::Owned: Display,
{
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
`,
  },
  {
    path: 'core/src/borrow.rs',
    module: 'borrow',
    text: String.raw`
pub trait Borrow<Borrowed: ?Sized> {
    fn borrow(&self) -> &Borrowed;
}
pub trait BorrowMut<Borrowed: ?Sized>: Borrow<Borrowed> {
    fn borrow_mut(&mut self) -> &mut Borrowed;
}
impl<T: ?Sized> Borrow<T> for T {
    fn borrow(&self) -> &T;
}
impl<T: ?Sized> Borrow<T> for &T {
    fn borrow(&self) -> &T;
}
impl<T: ?Sized> Borrow<T> for &mut T {
    fn borrow(&self) -> &T;
}
impl<T> Borrow<[T]> for Vec<T> {
    fn borrow(&self) -> &[T];
}
`,
  },
  {
    path: 'alloc/src/boxed.rs',
    module: 'boxed',
    text: String.raw`
#[lang = "owned_box"]
pub struct Box<T: ?Sized, A: Allocator = Global>(Unique<T>, A); //@231
impl<T> Box<T> {
    pub fn new(x: T) -> Self; //@284
}
impl<T: ?Sized, A: Allocator> AsRef<T> for Box<T, A> {
    fn as_ref(&self) -> &T;
}
impl<T: ?Sized, A: Allocator> ops::Deref for Box<T, A> {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T: ?Sized, A: Allocator> ops::DerefMut for Box<T, A> {
    fn deref_mut(&mut self) -> &mut T;
}
impl<T: Clone, A: Allocator + Clone> Clone for Box<T, A> {
    fn clone(&self) -> Self;
}
impl<T: ?Sized + PartialEq, A: Allocator> PartialEq for Box<T, A> {
    fn eq(&self, other: &Self) -> bool;
}
impl<T: ?Sized + Eq, A: Allocator> Eq for Box<T, A> {}
impl<T: ?Sized + PartialOrd, A: Allocator> PartialOrd for Box<T, A> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering>;
}
impl<T: ?Sized + Ord, A: Allocator> Ord for Box<T, A> {
    fn cmp(&self, other: &Self) -> Ordering;
}
impl<T: ?Sized + Hash, A: Allocator> Hash for Box<T, A> {
    fn hash<H: Hasher>(&self, state: &mut H);
}
impl<T: Default> Default for Box<T> {
    fn default() -> Self;
}
impl<T: ?Sized + Display, A: Allocator> Display for Box<T, A> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + Debug, A: Allocator> Debug for Box<T, A> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl<T> From<T> for Box<T> {
    fn from(t: T) -> Self;
}
struct Unique<T: ?Sized> {
    pointer: *const T,
}
`,
  },
  {
    path: 'alloc/src/rc.rs',
    module: 'rc',
    text: String.raw`
pub struct Rc<T: ?Sized> {
    ptr: *const T,
}
impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T>;
}
impl<T: ?Sized> ops::Deref for Rc<T> {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T: ?Sized> Clone for Rc<T> {
    fn clone(&self) -> Rc<T>;
}
impl<T: ?Sized + Debug> Debug for Rc<T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + Display> Display for Rc<T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + PartialEq> PartialEq for Rc<T> {
    fn eq(&self, other: &Rc<T>) -> bool;
}
`,
  },
  {
    path: 'std/src/collections/hash/map.rs',
    module: 'collections::hash_map',
    text: String.raw`
pub struct HashMap<K, V, S = RandomState> { //@250
    base: (K, V, S),
}
impl<K, V> HashMap<K, V, RandomState> {
    pub fn new() -> HashMap<K, V, RandomState>; //@281
    pub fn with_capacity(capacity: usize) -> HashMap<K, V, RandomState>;
}
impl<K, V, S> HashMap<K, V, S> {
    pub fn keys(&self) -> Keys<'_, K, V>; //@481
    pub fn values(&self) -> Values<'_, K, V>; //@543
    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V>;
    pub fn iter(&self) -> Iter<'_, K, V>; //@638
    pub fn iter_mut(&mut self) -> IterMut<'_, K, V>;
    #[rustc_confusables("length", "size")]
    pub fn len(&self) -> usize; //@690
    pub fn is_empty(&self) -> bool;
    pub fn clear(&mut self);
}
impl<K, V, S> HashMap<K, V, S>
where
    K: Eq + Hash,
    S: BuildHasher,
{
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V>; //@975
    pub fn get<Q: ?Sized>(&self, k: &Q) -> Option<&V> //@997
    where
        K: Borrow<Q>,
        Q: Hash + Eq;
    pub fn contains_key<Q: ?Sized>(&self, k: &Q) -> bool //@1231
    where
        K: Borrow<Q>,
        Q: Hash + Eq;
    pub fn get_mut<Q: ?Sized>(&mut self, k: &Q) -> Option<&mut V> //@1259
    where
        K: Borrow<Q>,
        Q: Hash + Eq;
    #[rustc_confusables("push", "append", "put")]
    pub fn insert(&mut self, k: K, v: V) -> Option<V>; //@1295
    pub fn remove<Q: ?Sized>(&mut self, k: &Q) -> Option<V> //@1350
    where
        K: Borrow<Q>,
        Q: Hash + Eq;
}
impl<K, V, S> Clone for HashMap<K, V, S>
where
    K: Clone,
    V: Clone,
    S: Clone,
{
    fn clone(&self) -> Self;
}
impl<K, V, S> PartialEq for HashMap<K, V, S>
where
    K: Eq + Hash,
    V: PartialEq,
    S: BuildHasher,
{
    fn eq(&self, other: &HashMap<K, V, S>) -> bool;
}
impl<K, V, S> Debug for HashMap<K, V, S>
where
    K: Debug,
    V: Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<K, V, S> Default for HashMap<K, V, S>
where
    S: Default,
{
    fn default() -> HashMap<K, V, S>;
}
impl<K, Q: ?Sized, V, S> Index<&Q> for HashMap<K, V, S>
where
    K: Eq + Hash + Borrow<Q>,
    Q: Eq + Hash,
    S: BuildHasher,
{
    type Output = V;
    fn index(&self, key: &Q) -> &V;
}
impl<'a, K, V, S> IntoIterator for &'a HashMap<K, V, S> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;
    fn into_iter(self) -> Iter<'a, K, V>;
}
impl<K, V, S> FromIterator<(K, V)> for HashMap<K, V, S>
where
    K: Eq + Hash,
    S: BuildHasher + Default,
{
    fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> HashMap<K, V, S>;
}
pub struct Iter<'a, K: 'a, V: 'a> {
    base: &'a (K, V),
}
impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);
    fn next(&mut self) -> Option<(&'a K, &'a V)>;
}
pub struct IterMut<'a, K: 'a, V: 'a> {
    base: &'a mut (K, V),
}
impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);
    fn next(&mut self) -> Option<(&'a K, &'a mut V)>;
}
impl<K, V, S> IntoIterator for HashMap<K, V, S> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;
    fn into_iter(self) -> IntoIter<K, V>;
}
pub struct IntoIter<K, V> {
    base: (K, V),
}
impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);
    fn next(&mut self) -> Option<(K, V)>;
}
pub struct Keys<'a, K: 'a, V: 'a> {
    inner: Iter<'a, K, V>,
}
impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;
    fn next(&mut self) -> Option<&'a K>;
}
pub struct Values<'a, K: 'a, V: 'a> {
    inner: Iter<'a, K, V>,
}
impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;
    fn next(&mut self) -> Option<&'a V>;
}
pub struct ValuesMut<'a, K: 'a, V: 'a> {
    inner: IterMut<'a, K, V>,
}
impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;
    fn next(&mut self) -> Option<&'a mut V>;
}
pub enum Entry<'a, K: 'a, V: 'a> {
    Occupied(OccupiedEntry<'a, K, V>),
    Vacant(VacantEntry<'a, K, V>),
}
impl<'a, K, V> Entry<'a, K, V> {
    pub fn or_insert(self, default: V) -> &'a mut V;
    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V;
    pub fn or_default(self) -> &'a mut V
    where
        V: Default;
    pub fn and_modify<F>(self, f: F) -> Self
    where
        F: FnOnce(&mut V);
}
pub struct OccupiedEntry<'a, K, V> {
    base: &'a mut (K, V),
}
pub struct VacantEntry<'a, K, V> {
    base: &'a mut (K, V),
}
pub struct RandomState {
    k0: u64,
}
impl Clone for RandomState {
    fn clone(&self) -> Self;
}
impl Default for RandomState {
    fn default() -> RandomState;
}
impl BuildHasher for RandomState {}
pub trait BuildHasher {}
`,
  },
  {
    path: 'core/src/hint.rs',
    module: '__export',
    text: String.raw`
#[must_use]
pub const fn must_use<T>(value: T) -> T;
`,
  },
  {
    path: 'std/src/process.rs',
    module: 'process',
    text: String.raw`
pub fn exit(code: i32) -> !; //@2465
pub fn abort() -> !;
`,
  },
  {
    path: 'std/src/io/stdio.rs',
    module: 'io',
    text: String.raw`
pub fn _print(args: fmt::Arguments<'_>);
pub fn _eprint(args: fmt::Arguments<'_>);
`,
  },
  {
    path: 'core/src/panicking.rs',
    module: 'panicking',
    notInStd: true,
    text: String.raw`
pub const fn panic(expr: &'static str) -> !;
pub const fn panic_fmt(fmt: fmt::Arguments<'_>) -> !;
pub fn panic_display<T: fmt::Display>(x: &T) -> !;
pub enum AssertKind {
    Eq,
    Ne,
    Match,
}
pub fn assert_failed<T, U>(kind: AssertKind, left: &T, right: &U, args: Option<fmt::Arguments<'_>>) -> !
where
    T: fmt::Debug + ?Sized,
    U: fmt::Debug + ?Sized;
`,
  },
];
