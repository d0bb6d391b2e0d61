//! Priority queues written out by hand: a binary min-heap over any `Ord` type, and an indexed
//! min-heap keyed by node that supports decrease-key (for Dijkstra and Prim).

/// A binary min-heap: `pop` returns the smallest element.
#[derive(Debug, Clone, Default)]
pub struct MinHeap<T: Ord> {
    items: Vec<T>,
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> MinHeap<T> {
        MinHeap { items: Vec::new() }
    }

    pub fn with_capacity(n: usize) -> MinHeap<T> {
        MinHeap {
            items: Vec::with_capacity(n),
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn peek(&self) -> Option<&T> {
        self.items.first()
    }

    pub fn push(&mut self, item: T) {
        self.items.push(item);
        let last = self.items.len() - 1;
        self.sift_up(last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.items.len();
        if n == 0 {
            return None;
        }
        self.items.swap(0, n - 1);
        let top = self.items.pop();
        if !self.items.is_empty() {
            self.sift_down(0);
        }
        top
    }

    fn sift_up(&mut self, mut i: usize) {
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.items[i] < self.items[parent] {
                self.items.swap(i, parent);
                i = parent;
            } else {
                break;
            }
        }
    }

    fn sift_down(&mut self, mut i: usize) {
        let n = self.items.len();
        loop {
            let left = 2 * i + 1;
            let right = left + 1;
            let mut smallest = i;
            if left < n && self.items[left] < self.items[smallest] {
                smallest = left;
            }
            if right < n && self.items[right] < self.items[smallest] {
                smallest = right;
            }
            if smallest == i {
                return;
            }
            self.items.swap(i, smallest);
            i = smallest;
        }
    }

    /// Empties the heap in ascending order (heap sort).
    pub fn into_sorted(mut self) -> Vec<T> {
        let mut out = Vec::with_capacity(self.items.len());
        loop {
            match self.pop() {
                Some(x) => out.push(x),
                None => return out,
            }
        }
    }
}

/// A min-heap of (key, node) with at most one entry per node and decrease-key.
pub struct IndexedHeap {
    heap: Vec<usize>,
    /// Position of each node in `heap`, or `ABSENT`.
    position: Vec<usize>,
    keys: Vec<i64>,
}

const ABSENT: usize = 1 << 60;

impl IndexedHeap {
    pub fn new(n: usize) -> IndexedHeap {
        IndexedHeap {
            heap: Vec::with_capacity(n),
            position: vec![ABSENT; n],
            keys: vec![0; n],
        }
    }

    pub fn is_empty(&self) -> bool {
        self.heap.is_empty()
    }

    pub fn contains(&self, node: usize) -> bool {
        self.position[node] != ABSENT
    }

    pub fn key(&self, node: usize) -> i64 {
        self.keys[node]
    }

    /// Inserts `node` with `key`, or lowers its key if it is present with a larger one.
    /// Returns whether anything changed.
    pub fn push_or_decrease(&mut self, node: usize, key: i64) -> bool {
        if self.contains(node) {
            if key >= self.keys[node] {
                return false;
            }
            self.keys[node] = key;
            let at = self.position[node];
            self.sift_up(at);
            return true;
        }
        self.keys[node] = key;
        self.heap.push(node);
        let at = self.heap.len() - 1;
        self.position[node] = at;
        self.sift_up(at);
        true
    }

    pub fn pop(&mut self) -> Option<(i64, usize)> {
        let n = self.heap.len();
        if n == 0 {
            return None;
        }
        let top = self.heap[0];
        self.swap(0, n - 1);
        self.heap.pop();
        self.position[top] = ABSENT;
        if !self.heap.is_empty() {
            self.sift_down(0);
        }
        Some((self.keys[top], top))
    }

    fn less(&self, a: usize, b: usize) -> bool {
        let (na, nb) = (self.heap[a], self.heap[b]);
        (self.keys[na], na) < (self.keys[nb], nb)
    }

    fn swap(&mut self, a: usize, b: usize) {
        self.heap.swap(a, b);
        let (na, nb) = (self.heap[a], self.heap[b]);
        self.position[na] = a;
        self.position[nb] = b;
    }

    fn sift_up(&mut self, mut i: usize) {
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.less(i, parent) {
                self.swap(i, parent);
                i = parent;
            } else {
                break;
            }
        }
    }

    fn sift_down(&mut self, mut i: usize) {
        let n = self.heap.len();
        loop {
            let left = 2 * i + 1;
            let right = left + 1;
            let mut smallest = i;
            if left < n && self.less(left, smallest) {
                smallest = left;
            }
            if right < n && self.less(right, smallest) {
                smallest = right;
            }
            if smallest == i {
                return;
            }
            self.swap(i, smallest);
            i = smallest;
        }
    }
}
