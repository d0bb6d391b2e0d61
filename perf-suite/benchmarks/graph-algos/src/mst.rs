//! Minimum spanning trees (forests on disconnected graphs): Kruskal with a union-find, Prim
//! with the indexed heap, and Borůvka's rounds. All three must find the same total weight.

use crate::graph::{Graph, NONE};
use crate::heap::IndexedHeap;

/// Disjoint sets with union by rank and path halving.
pub struct UnionFind {
    parent: Vec<usize>,
    rank: Vec<u8>,
    pub sets: usize,
}

impl UnionFind {
    pub fn new(n: usize) -> UnionFind {
        let mut parent = Vec::with_capacity(n);
        for v in 0..n {
            parent.push(v);
        }
        UnionFind {
            parent,
            rank: vec![0; n],
            sets: n,
        }
    }

    pub fn find(&mut self, mut v: usize) -> usize {
        while self.parent[v] != v {
            let grand = self.parent[self.parent[v]];
            self.parent[v] = grand;
            v = grand;
        }
        v
    }

    /// Joins the sets of `a` and `b`; false if they were already one.
    pub fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        if self.rank[ra] < self.rank[rb] {
            self.parent[ra] = rb;
        } else if self.rank[ra] > self.rank[rb] {
            self.parent[rb] = ra;
        } else {
            self.parent[rb] = ra;
            self.rank[ra] += 1;
        }
        self.sets -= 1;
        true
    }
}

pub struct Forest {
    pub weight: i64,
    pub edges: Vec<usize>,
}

pub fn kruskal(g: &Graph) -> Forest {
    let mut sorted: Vec<(i64, usize)> = Vec::with_capacity(g.edge_count());
    for e in g.edges().iter() {
        sorted.push((e.weight, e.id));
    }
    sorted.sort();
    let mut uf = UnionFind::new(g.node_count());
    let mut weight = 0;
    let mut edges = Vec::new();
    for (w, id) in sorted.iter() {
        let e = g.edges()[*id];
        if uf.union(e.from, e.to) {
            weight += *w;
            edges.push(*id);
        }
    }
    Forest { weight, edges }
}

pub fn prim(g: &Graph) -> Forest {
    let n = g.node_count();
    let mut in_tree = vec![false; n];
    let mut via = vec![NONE; n];
    let mut weight = 0;
    let mut edges = Vec::new();
    for root in 0..n {
        if in_tree[root] {
            continue;
        }
        let mut heap = IndexedHeap::new(n);
        heap.push_or_decrease(root, 0);
        loop {
            let (key, v) = match heap.pop() {
                Some(item) => item,
                None => break,
            };
            in_tree[v] = true;
            if via[v] != NONE {
                weight += key;
                edges.push(via[v]);
            }
            for e in g.neighbors(v).iter() {
                if !in_tree[e.to] && heap.push_or_decrease(e.to, e.weight) {
                    via[e.to] = e.id;
                }
            }
        }
    }
    Forest { weight, edges }
}

/// Borůvka: every component picks its cheapest outgoing edge each round (ties broken by edge
/// id, so no cycle can form).
pub fn boruvka(g: &Graph) -> Forest {
    let n = g.node_count();
    let mut uf = UnionFind::new(n);
    let mut weight = 0;
    let mut edges = Vec::new();
    loop {
        let mut cheapest = vec![NONE; n];
        for e in g.edges().iter() {
            let (a, b) = (uf.find(e.from), uf.find(e.to));
            if a == b {
                continue;
            }
            let mut k = 0;
            while k < 2 {
                let c = if k == 0 { a } else { b };
                let better = cheapest[c] == NONE || {
                    let cur = g.edges()[cheapest[c]];
                    (e.weight, e.id) < (cur.weight, cur.id)
                };
                if better {
                    cheapest[c] = e.id;
                }
                k += 1;
            }
        }
        let mut merged = false;
        for c in 0..n {
            if cheapest[c] == NONE {
                continue;
            }
            let e = g.edges()[cheapest[c]];
            if uf.union(e.from, e.to) {
                weight += e.weight;
                edges.push(e.id);
                merged = true;
            }
        }
        if !merged {
            return Forest { weight, edges };
        }
    }
}
