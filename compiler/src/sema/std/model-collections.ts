/**
 * The std model, part 6: the collections besides `Vec` and `HashMap` (`HashSet`, `VecDeque`,
 * `BTreeMap`, `BTreeSet`, `BinaryHeap`) and `std::collections`' re-exports. See model-core.ts for
 * the conventions.
 *
 * Owns: the text of these declarations. Must not: contain bodies.
 */
import type { StdFile } from './files.js';

export const COLLECTION_FILES: StdFile[] = [
  {
    path: 'std/src/collections/mod.rs',
    module: 'collections',
    text: String.raw`
pub use self::hash_map::HashMap;
pub use self::hash_set::HashSet;
pub use self::vec_deque::VecDeque;
pub use self::btree_map::BTreeMap;
pub use self::btree_set::BTreeSet;
pub use self::binary_heap::BinaryHeap;
`,
  },
  {
    path: 'std/src/collections/hash/set.rs',
    module: 'collections::hash_set',
    text: String.raw`
pub struct HashSet<T, S = RandomState> { //@118
    base: (T, S),
}
impl<T> HashSet<T, RandomState> {
    pub fn new() -> HashSet<T, RandomState>; //@142
    pub fn with_capacity(capacity: usize) -> HashSet<T, RandomState>;
}
impl<T, S> HashSet<T, S> {
    pub fn iter(&self) -> Iter<'_, T>;
    #[rustc_confusables("length", "size")]
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn clear(&mut self);
}
impl<T, S> HashSet<T, S>
where
    T: Eq + Hash,
    S: BuildHasher,
{
    pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq;
    #[rustc_confusables("push", "append", "put")]
    pub fn insert(&mut self, value: T) -> bool;
    pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq;
}
impl<T: Clone, S: Clone> Clone for HashSet<T, S> {
    fn clone(&self) -> Self;
}
impl<T, S> PartialEq for HashSet<T, S>
where
    T: Eq + Hash,
    S: BuildHasher,
{
    fn eq(&self, other: &HashSet<T, S>) -> bool;
}
impl<T: Debug, S> Debug for HashSet<T, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T, S: Default> Default for HashSet<T, S> {
    fn default() -> HashSet<T, S>;
}
impl<T, S> FromIterator<T> for HashSet<T, S>
where
    T: Eq + Hash,
    S: BuildHasher + Default,
{
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> HashSet<T, S>;
}
impl<'a, T, S> IntoIterator for &'a HashSet<T, S> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T>;
}
impl<T, S> IntoIterator for HashSet<T, S> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T>;
}
pub struct Iter<'a, K: 'a> {
    base: &'a K,
}
impl<'a, K> Iterator for Iter<'a, K> {
    type Item = &'a K;
    fn next(&mut self) -> Option<&'a K>;
}
pub struct IntoIter<K> {
    base: K,
}
impl<K> Iterator for IntoIter<K> {
    type Item = K;
    fn next(&mut self) -> Option<K>;
}
`,
  },
  {
    path: 'alloc/src/collections/vec_deque/mod.rs',
    module: 'collections::vec_deque',
    text: String.raw`
pub struct VecDeque<T, A: Allocator = Global> { //@95
    buf: RawVec<T, A>,
}
impl<T> VecDeque<T> {
    pub const fn new() -> VecDeque<T>;
    pub fn with_capacity(capacity: usize) -> VecDeque<T>;
}
impl<T, A: Allocator> VecDeque<T, A> {
    pub fn get(&self, index: usize) -> Option<&T>;
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T>;
    pub fn iter(&self) -> Iter<'_, T>;
    pub fn iter_mut(&mut self) -> IterMut<'_, T>;
    #[rustc_confusables("length", "size")]
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn clear(&mut self);
    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq<T>;
    pub fn front(&self) -> Option<&T>;
    pub fn front_mut(&mut self) -> Option<&mut T>;
    pub fn back(&self) -> Option<&T>;
    pub fn back_mut(&mut self) -> Option<&mut T>;
    pub fn pop_front(&mut self) -> Option<T>;
    pub fn pop_back(&mut self) -> Option<T>;
    pub fn push_front(&mut self, value: T);
    #[rustc_confusables("push", "put", "append")]
    pub fn push_back(&mut self, value: T);
}
impl<T: Clone, A: Allocator + Clone> Clone for VecDeque<T, A> {
    fn clone(&self) -> Self;
}
impl<T: PartialEq, A: Allocator> PartialEq for VecDeque<T, A> {
    fn eq(&self, other: &Self) -> bool;
}
impl<T: Debug, A: Allocator> Debug for VecDeque<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T> Default for VecDeque<T> {
    fn default() -> VecDeque<T>;
}
impl<T, A: Allocator> Index<usize> for VecDeque<T, A> {
    type Output = T;
    fn index(&self, index: usize) -> &T;
}
impl<T, A: Allocator> IndexMut<usize> for VecDeque<T, A> {
    fn index_mut(&mut self, index: usize) -> &mut T;
}
impl<T> FromIterator<T> for VecDeque<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> VecDeque<T>;
}
impl<'a, T, A: Allocator> IntoIterator for &'a VecDeque<T, A> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T>;
}
impl<'a, T, A: Allocator> IntoIterator for &'a mut VecDeque<T, A> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T>;
}
impl<T, A: Allocator> IntoIterator for VecDeque<T, A> {
    type Item = T;
    type IntoIter = IntoIter<T, A>;
    fn into_iter(self) -> IntoIter<T, A>;
}
impl<T, A: Allocator> From<Vec<T, A>> for VecDeque<T, A> {
    fn from(other: Vec<T, A>) -> VecDeque<T, A>;
}
pub struct IntoIter<T, A: Allocator = Global> {
    inner: VecDeque<T, A>,
}
impl<T, A: Allocator> Iterator for IntoIter<T, A> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
pub struct Iter<'a, T: 'a> {
    i1: slice::Iter<'a, T>,
}
impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T>;
}
pub struct IterMut<'a, T: 'a> {
    i1: slice::IterMut<'a, T>,
}
impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T>;
}
struct RawVec<T, A: Allocator = Global> {
    ptr: *const T,
    alloc: A,
}
`,
  },
  {
    path: 'alloc/src/collections/btree/map.rs',
    module: 'collections::btree_map',
    text: String.raw`
pub struct BTreeMap<K, V, A: Allocator + Clone = Global> { //@185
    root: Option<(K, V)>,
    alloc: A,
}
impl<K, V> BTreeMap<K, V> {
    pub const fn new() -> BTreeMap<K, V>;
}
impl<K, V, A: Allocator + Clone> BTreeMap<K, V, A> {
    pub fn get<Q: ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q> + Ord,
        Q: Ord;
    pub fn get_mut<Q: ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q> + Ord,
        Q: Ord;
    pub fn contains_key<Q: ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q> + Ord,
        Q: Ord;
    #[rustc_confusables("push", "append", "put")]
    pub fn insert(&mut self, key: K, value: V) -> Option<V>
    where
        K: Ord;
    pub fn remove<Q: ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q> + Ord,
        Q: Ord;
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V, A>
    where
        K: Ord;
    pub fn first_key_value(&self) -> Option<(&K, &V)>
    where
        K: Ord;
    pub fn last_key_value(&self) -> Option<(&K, &V)>
    where
        K: Ord;
    pub fn iter(&self) -> Iter<'_, K, V>;
    pub fn keys(&self) -> Keys<'_, K, V>;
    pub fn values(&self) -> Values<'_, K, V>;
    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V>;
    #[rustc_confusables("length", "size")]
    pub const fn len(&self) -> usize;
    pub const fn is_empty(&self) -> bool;
    pub fn clear(&mut self);
}
impl<K: Clone, V: Clone, A: Allocator + Clone> Clone for BTreeMap<K, V, A> {
    fn clone(&self) -> BTreeMap<K, V, A>;
}
impl<K: PartialEq, V: PartialEq, A: Allocator + Clone> PartialEq for BTreeMap<K, V, A> {
    fn eq(&self, other: &BTreeMap<K, V, A>) -> bool;
}
impl<K: Debug, V: Debug, A: Allocator + Clone> Debug for BTreeMap<K, V, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<K, V> Default for BTreeMap<K, V> {
    fn default() -> BTreeMap<K, V>;
}
impl<K, Q: ?Sized, V, A: Allocator + Clone> Index<&Q> for BTreeMap<K, V, A>
where
    K: Borrow<Q> + Ord,
    Q: Ord,
{
    type Output = V;
    fn index(&self, key: &Q) -> &V;
}
impl<'a, K, V, A: Allocator + Clone> IntoIterator for &'a BTreeMap<K, V, A> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;
    fn into_iter(self) -> Iter<'a, K, V>;
}
impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
    fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> BTreeMap<K, V>;
}
pub struct Iter<'a, K: 'a, V: 'a> {
    range: &'a (K, V),
}
impl<'a, K: 'a, V: 'a> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);
    fn next(&mut self) -> Option<(&'a K, &'a V)>;
}
impl<'a, K: 'a, V: 'a> DoubleEndedIterator for Iter<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a V)>;
}
pub struct Keys<'a, K, V> {
    inner: Iter<'a, K, V>,
}
impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;
    fn next(&mut self) -> Option<&'a K>;
}
impl<'a, K, V> DoubleEndedIterator for Keys<'a, K, V> {
    fn next_back(&mut self) -> Option<&'a K>;
}
pub struct Values<'a, K, V> {
    inner: Iter<'a, K, V>,
}
impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;
    fn next(&mut self) -> Option<&'a V>;
}
impl<'a, K, V> DoubleEndedIterator for Values<'a, K, V> {
    fn next_back(&mut self) -> Option<&'a V>;
}
pub struct ValuesMut<'a, K, V> {
    inner: &'a mut (K, V),
}
impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;
    fn next(&mut self) -> Option<&'a mut V>;
}
pub struct IntoIter<K, V, A: Allocator + Clone = Global> {
    range: (K, V, A),
}
impl<K, V, A: Allocator + Clone> IntoIterator for BTreeMap<K, V, A> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V, A>;
    fn into_iter(self) -> IntoIter<K, V, A>;
}
impl<K, V, A: Allocator + Clone> Iterator for IntoIter<K, V, A> {
    type Item = (K, V);
    fn next(&mut self) -> Option<(K, V)>;
}
impl<K, V, A: Allocator + Clone> DoubleEndedIterator for IntoIter<K, V, A> {
    fn next_back(&mut self) -> Option<(K, V)>;
}
pub enum Entry<'a, K: 'a, V: 'a, A: Allocator + Clone = Global> {
    Vacant(VacantEntry<'a, K, V, A>),
    Occupied(OccupiedEntry<'a, K, V, A>),
}
impl<'a, K: Ord, V, A: Allocator + Clone> Entry<'a, K, V, A> {
    pub fn or_insert(self, default: V) -> &'a mut V;
    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V;
    pub fn or_default(self) -> &'a mut V
    where
        V: Default;
}
pub struct VacantEntry<'a, K, V, A: Allocator + Clone = Global> {
    key: &'a mut (K, V, A),
}
pub struct OccupiedEntry<'a, K, V, A: Allocator + Clone = Global> {
    key: &'a mut (K, V, A),
}
`,
  },
  {
    path: 'alloc/src/collections/btree/set.rs',
    module: 'collections::btree_set',
    text: String.raw`
pub struct BTreeSet<T, A: Allocator + Clone = Global> { //@75
    map: BTreeMap<T, (), A>,
}
impl<T> BTreeSet<T> {
    pub const fn new() -> BTreeSet<T>;
}
impl<T, A: Allocator + Clone> BTreeSet<T, A> {
    pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q> + Ord,
        Q: Ord;
    #[rustc_confusables("push", "append", "put")]
    pub fn insert(&mut self, value: T) -> bool
    where
        T: Ord;
    pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q> + Ord,
        Q: Ord;
    pub fn iter(&self) -> Iter<'_, T>;
    #[rustc_confusables("length", "size")]
    pub const fn len(&self) -> usize;
    pub const fn is_empty(&self) -> bool;
}
impl<T: Clone, A: Allocator + Clone> Clone for BTreeSet<T, A> {
    fn clone(&self) -> Self;
}
impl<T: Debug, A: Allocator + Clone> Debug for BTreeSet<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T> Default for BTreeSet<T> {
    fn default() -> BTreeSet<T>;
}
impl<'a, T, A: Allocator + Clone> IntoIterator for &'a BTreeSet<T, A> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T>;
}
impl<T: Ord> FromIterator<T> for BTreeSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BTreeSet<T>;
}
impl<T, A: Allocator + Clone> IntoIterator for BTreeSet<T, A> {
    type Item = T;
    type IntoIter = IntoIter<T, A>;
    fn into_iter(self) -> IntoIter<T, A>;
}
pub struct IntoIter<T, A: Allocator + Clone = Global> {
    iter: (T, A),
}
impl<T, A: Allocator + Clone> Iterator for IntoIter<T, A> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
pub struct Iter<'a, T: 'a> {
    iter: &'a T,
}
impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T>;
}
`,
  },
  {
    path: 'alloc/src/collections/binary_heap/mod.rs',
    module: 'collections::binary_heap',
    text: String.raw`
pub struct BinaryHeap<T, A: Allocator = Global> { //@280
    data: Vec<T, A>,
}
impl<T: Ord> BinaryHeap<T> {
    pub const fn new() -> BinaryHeap<T>;
    pub fn with_capacity(capacity: usize) -> BinaryHeap<T>;
}
impl<T: Ord, A: Allocator> BinaryHeap<T, A> {
    pub fn push(&mut self, item: T);
    pub fn pop(&mut self) -> Option<T>;
    pub fn into_sorted_vec(self) -> Vec<T, A>;
}
impl<T, A: Allocator> BinaryHeap<T, A> {
    pub fn peek(&self) -> Option<&T>;
    #[rustc_confusables("length", "size")]
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn clear(&mut self);
}
impl<T: Clone, A: Allocator + Clone> Clone for BinaryHeap<T, A> {
    fn clone(&self) -> Self;
}
impl<T: Debug, A: Allocator> Debug for BinaryHeap<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: Ord> Default for BinaryHeap<T> {
    fn default() -> BinaryHeap<T>;
}
impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BinaryHeap<T>;
}
impl<T, A: Allocator> IntoIterator for BinaryHeap<T, A> {
    type Item = T;
    type IntoIter = IntoIter<T, A>;
    fn into_iter(self) -> IntoIter<T, A>;
}
impl<T: Ord, A: Allocator> From<Vec<T, A>> for BinaryHeap<T, A> {
    fn from(vec: Vec<T, A>) -> BinaryHeap<T, A>;
}
pub struct IntoIter<T, A: Allocator = Global> {
    iter: Vec<T, A>,
}
impl<T, A: Allocator> Iterator for IntoIter<T, A> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
`,
  },
];
