//@ run-pass
//@ check-run-results
// An LRU cache: a HashMap from keys to slots plus a doubly linked list threaded through a Vec by
// index (no VecDeque), a free list for reused slots, generics with Hash + Eq + Clone bounds, hit
// and miss statistics, and a memoized computation on top of it.
use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::Hash;

const NIL: usize = usize::MAX;

#[derive(Debug)]
struct Slot<K, V> {
    key: K,
    value: V,
    prev: usize,
    next: usize,
}

struct Lru<K, V> {
    capacity: usize,
    map: HashMap<K, usize>,
    slots: Vec<Slot<K, V>>,
    free: Vec<usize>,
    head: usize,
    tail: usize,
    hits: u32,
    misses: u32,
    evictions: Vec<K>,
}

impl<K: Hash + Eq + Clone + Debug, V: Clone + Debug> Lru<K, V> {
    fn new(capacity: usize) -> Self {
        assert!(capacity > 0, "capacity must be positive");
        Lru {
            capacity,
            map: HashMap::new(),
            slots: Vec::with_capacity(capacity),
            free: Vec::new(),
            head: NIL,
            tail: NIL,
            hits: 0,
            misses: 0,
            evictions: Vec::new(),
        }
    }

    fn unlink(&mut self, i: usize) {
        let (prev, next) = (self.slots[i].prev, self.slots[i].next);
        if prev != NIL {
            self.slots[prev].next = next;
        } else {
            self.head = next;
        }
        if next != NIL {
            self.slots[next].prev = prev;
        } else {
            self.tail = prev;
        }
    }

    fn push_front(&mut self, i: usize) {
        self.slots[i].prev = NIL;
        self.slots[i].next = self.head;
        if self.head != NIL {
            self.slots[self.head].prev = i;
        }
        self.head = i;
        if self.tail == NIL {
            self.tail = i;
        }
    }

    fn get(&mut self, key: &K) -> Option<V> {
        match self.map.get(key).copied() {
            Some(i) => {
                self.hits += 1;
                self.unlink(i);
                self.push_front(i);
                Some(self.slots[i].value.clone())
            }
            None => {
                self.misses += 1;
                None
            }
        }
    }

    fn put(&mut self, key: K, value: V) {
        if let Some(&i) = self.map.get(&key) {
            self.slots[i].value = value;
            self.unlink(i);
            self.push_front(i);
            return;
        }
        if self.map.len() == self.capacity {
            let victim = self.tail;
            self.unlink(victim);
            let old = self.slots[victim].key.clone();
            self.map.remove(&old);
            self.evictions.push(old);
            self.free.push(victim);
        }
        let slot = Slot { key: key.clone(), value, prev: NIL, next: NIL };
        let i = match self.free.pop() {
            Some(i) => {
                self.slots[i] = slot;
                i
            }
            None => {
                self.slots.push(slot);
                self.slots.len() - 1
            }
        };
        self.map.insert(key, i);
        self.push_front(i);
    }

    fn order(&self) -> Vec<K> {
        let mut out = Vec::new();
        let mut cur = self.head;
        while cur != NIL {
            out.push(self.slots[cur].key.clone());
            cur = self.slots[cur].next;
        }
        out
    }

    fn hit_rate(&self) -> f64 {
        let total = self.hits + self.misses;
        if total == 0 { 0.0 } else { self.hits as f64 / total as f64 }
    }
}

fn collatz_len(n: u64, cache: &mut Lru<u64, u32>) -> u32 {
    if n == 1 {
        return 1;
    }
    if let Some(len) = cache.get(&n) {
        return len;
    }
    let next = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
    let len = 1 + collatz_len(next, cache);
    cache.put(n, len);
    len
}

fn main() {
    let mut cache: Lru<String, usize> = Lru::new(3);
    let words = ["alpha", "beta", "gamma", "alpha", "delta", "beta", "alpha", "epsilon", "gamma"];
    for w in words.iter() {
        match cache.get(&w.to_string()) {
            Some(v) => println!("hit  {:<8} -> {}", w, v),
            None => {
                println!("miss {:<8} (order {:?})", w, cache.order());
                cache.put(w.to_string(), w.len());
            }
        }
    }
    cache.put("beta".to_string(), 40);
    println!("order after update: {:?}", cache.order());
    println!("beta = {:?}", cache.get(&"beta".to_string()));
    println!("evicted: {:?}", cache.evictions);
    println!("hits {} misses {} rate {:.3}", cache.hits, cache.misses, cache.hit_rate());
    println!("slots used {}, free {}", cache.slots.len(), cache.free.len());

    for capacity in [4usize, 16, 64] {
        let mut memo = Lru::new(capacity);
        let mut best = (0u64, 0u32);
        for n in 1..=120u64 {
            let len = collatz_len(n, &mut memo);
            if len > best.1 {
                best = (n, len);
            }
        }
        println!(
            "capacity {:>2}: longest chain {} at n={}, hit rate {:>6.2}%, evictions {}",
            capacity,
            best.1,
            best.0,
            memo.hit_rate() * 100.0,
            memo.evictions.len()
        );
    }
}
