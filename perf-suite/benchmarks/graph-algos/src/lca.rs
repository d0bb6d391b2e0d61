//! Lowest common ancestors in a rooted tree by binary lifting: `up[k][v]` is the 2^k-th
//! ancestor of v, so any ancestor is reached in O(log n) jumps.

use crate::graph::{Graph, NONE};
use crate::traverse::bfs;

pub struct Lifting {
    up: Vec<Vec<usize>>,
    depth: Vec<usize>,
    root: usize,
}

impl Lifting {
    /// Roots the BFS tree of `g` at `root` (nodes not reached stay out of the tree).
    pub fn new(g: &Graph, root: usize) -> Lifting {
        let tree = bfs(g, root);
        let n = g.node_count();
        let mut levels = 1;
        while (1 << levels) < n {
            levels += 1;
        }
        let mut up = Vec::with_capacity(levels);
        let mut first = tree.parent.clone();
        first[root] = root;
        up.push(first);
        for k in 1..levels {
            let mut row = vec![NONE; n];
            for v in 0..n {
                let mid = up[k - 1][v];
                if mid != NONE {
                    row[v] = up[k - 1][mid];
                }
            }
            up.push(row);
        }
        Lifting {
            up,
            depth: tree.dist,
            root,
        }
    }

    pub fn in_tree(&self, v: usize) -> bool {
        self.depth[v] != NONE
    }

    /// The ancestor `steps` levels above `v`.
    pub fn ancestor(&self, mut v: usize, steps: usize) -> usize {
        let mut k = 0;
        while k < self.up.len() && v != NONE {
            if steps & (1 << k) != 0 {
                v = self.up[k][v];
            }
            k += 1;
        }
        v
    }

    pub fn lca(&self, a: usize, b: usize) -> usize {
        let (mut a, mut b) = if self.depth[a] >= self.depth[b] {
            (a, b)
        } else {
            (b, a)
        };
        a = self.ancestor(a, self.depth[a] - self.depth[b]);
        if a == b {
            return a;
        }
        let mut k = self.up.len();
        while k > 0 {
            k -= 1;
            if self.up[k][a] != self.up[k][b] {
                a = self.up[k][a];
                b = self.up[k][b];
            }
        }
        self.up[0][a]
    }

    /// The same by walking up one step at a time (for checking).
    pub fn lca_naive(&self, a: usize, b: usize) -> usize {
        let (mut a, mut b) = (a, b);
        while self.depth[a] > self.depth[b] {
            a = self.up[0][a];
        }
        while self.depth[b] > self.depth[a] {
            b = self.up[0][b];
        }
        while a != b {
            a = self.up[0][a];
            b = self.up[0][b];
        }
        a
    }

    /// Edges on the tree path between `a` and `b`.
    pub fn distance(&self, a: usize, b: usize) -> usize {
        let c = self.lca(a, b);
        self.depth[a] + self.depth[b] - 2 * self.depth[c]
    }

    pub fn root(&self) -> usize {
        self.root
    }
}
