//@ check-pass
// A type parameter satisfies a trait through an unconditional blanket impl: `K: Borrow<K>` for
// map lookups with a generic key, and `T: From<T>`.
use std::collections::HashMap;
use std::hash::Hash;

fn lookup<K: Hash + Eq, V: Copy>(map: &HashMap<K, V>, key: &K) -> Option<V> {
    map.get(key).copied()
}

fn remove_all<K: Hash + Eq, V>(map: &mut HashMap<K, V>, keys: Vec<K>) -> usize {
    keys.iter().filter(|k| map.remove(*k).is_some()).count()
}

fn same<T>(t: T) -> T {
    T::from(t)
}

fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    println!("{:?} {}", lookup(&m, &"a"), remove_all(&mut m, vec!["a", "b"]));
    println!("{}", same(3));
}
