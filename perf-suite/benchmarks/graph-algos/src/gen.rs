//! Graph generators driven by a seeded PRNG: grids, random graphs, DAGs, graphs with planted
//! strongly connected components, bipartite graphs and flow networks.

use crate::graph::Graph;

/// SplitMix64: a fast, well-mixed generator with a one-word state.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn weight(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    pub fn shuffle(&mut self, v: &mut Vec<usize>) {
        let mut i = v.len();
        while i > 1 {
            i -= 1;
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

/// A `w` × `h` grid with 4-neighbour edges; node (x, y) is `y * w + x`.
pub fn grid(rng: &mut Rng, w: usize, h: usize, max_weight: i64) -> Graph {
    let mut g = Graph::new(w * h, false);
    for y in 0..h {
        for x in 0..w {
            let v = y * w + x;
            if x + 1 < w {
                g.add_edge(v, v + 1, rng.weight(1, max_weight));
            }
            if y + 1 < h {
                g.add_edge(v, v + w, rng.weight(1, max_weight));
            }
        }
    }
    g
}

/// `m` random edges between distinct nodes (repeats allowed), plus a path through all nodes
/// when `connected`, so that everything is reachable.
pub fn random(
    rng: &mut Rng,
    n: usize,
    m: usize,
    directed: bool,
    connected: bool,
    max_weight: i64,
) -> Graph {
    let mut g = Graph::new(n, directed);
    if connected {
        let mut order: Vec<usize> = Vec::with_capacity(n);
        for v in 0..n {
            order.push(v);
        }
        rng.shuffle(&mut order);
        for i in 1..n {
            g.add_edge(order[i - 1], order[i], rng.weight(1, max_weight));
        }
    }
    let mut added = 0;
    while added < m {
        let a = rng.below(n);
        let b = rng.below(n);
        if a == b {
            continue;
        }
        g.add_edge(a, b, rng.weight(1, max_weight));
        added += 1;
    }
    g
}

/// A DAG: edges only go from a lower to a higher position of a random order.
pub fn dag(rng: &mut Rng, n: usize, m: usize, max_weight: i64) -> Graph {
    let mut order: Vec<usize> = Vec::with_capacity(n);
    for v in 0..n {
        order.push(v);
    }
    rng.shuffle(&mut order);
    let mut g = Graph::new(n, true);
    let mut added = 0;
    while added < m {
        let i = rng.below(n);
        let j = rng.below(n);
        if i == j {
            continue;
        }
        let (lo, hi) = if i < j { (i, j) } else { (j, i) };
        g.add_edge(order[lo], order[hi], rng.weight(1, max_weight));
        added += 1;
    }
    g
}

/// `k` cycles of `size` nodes each (so `k` non-trivial components), joined by forward edges
/// between cycles only, so that the components stay separate.
pub fn planted_sccs(rng: &mut Rng, k: usize, size: usize, extra: usize) -> Graph {
    let n = k * size;
    let mut g = Graph::new(n, true);
    for c in 0..k {
        for i in 0..size {
            let v = c * size + i;
            let next = c * size + (i + 1) % size;
            g.add_edge(v, next, rng.weight(1, 9));
        }
        // Chords inside a component keep it strongly connected.
        for _ in 0..size / 2 {
            let a = c * size + rng.below(size);
            let b = c * size + rng.below(size);
            if a != b {
                g.add_edge(a, b, rng.weight(1, 9));
            }
        }
    }
    let mut added = 0;
    while added < extra {
        let c1 = rng.below(k);
        let c2 = rng.below(k);
        if c1 >= c2 {
            continue;
        }
        g.add_edge(
            c1 * size + rng.below(size),
            c2 * size + rng.below(size),
            rng.weight(1, 9),
        );
        added += 1;
    }
    g
}

/// A bipartite graph: left nodes `0..left`, right nodes `left..left + right`.
pub fn bipartite(rng: &mut Rng, left: usize, right: usize, m: usize) -> Graph {
    let mut g = Graph::new(left + right, false);
    for _ in 0..m {
        let a = rng.below(left);
        let b = left + rng.below(right);
        if !g.has_edge(a, b) {
            g.add_edge(a, b, 1);
        }
    }
    g
}

/// A layered flow network from node 0 to node `n - 1` with random capacities.
pub fn flow_network(rng: &mut Rng, layers: usize, width: usize, max_capacity: i64) -> Graph {
    let n = layers * width + 2;
    let sink = n - 1;
    let mut g = Graph::new(n, true);
    for i in 0..width {
        g.add_edge(0, 1 + i, rng.weight(1, max_capacity));
        g.add_edge(
            1 + (layers - 1) * width + i,
            sink,
            rng.weight(1, max_capacity),
        );
    }
    for l in 0..layers - 1 {
        for i in 0..width {
            let from = 1 + l * width + i;
            for _ in 0..3 {
                let to = 1 + (l + 1) * width + rng.below(width);
                g.add_edge(from, to, rng.weight(1, max_capacity));
            }
        }
    }
    g
}
