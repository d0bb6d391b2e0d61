//! Eulerian circuits by Hierholzer's algorithm: a closed walk that uses every edge once, which
//! exists in a connected undirected graph exactly when every degree is even.

use crate::graph::Graph;

/// The circuit as a list of nodes (first = last), or `None` if some degree is odd.
pub fn circuit(g: &Graph, start: usize) -> Option<Vec<usize>> {
    for v in 0..g.node_count() {
        if g.degree(v) % 2 != 0 {
            return None;
        }
    }
    let mut used = vec![false; g.edge_count()];
    let mut next = vec![0usize; g.node_count()];
    let mut stack = vec![start];
    let mut walk = Vec::with_capacity(g.edge_count() + 1);
    loop {
        let v = match stack.last() {
            Some(v) => *v,
            None => break,
        };
        let edges = g.neighbors(v);
        // Skip edges already walked (from the other end).
        while next[v] < edges.len() && used[edges[next[v]].id] {
            next[v] += 1;
        }
        if next[v] == edges.len() {
            walk.push(v);
            stack.pop();
        } else {
            let e = edges[next[v]];
            used[e.id] = true;
            stack.push(e.to);
        }
    }
    walk.reverse();
    Some(walk)
}

/// Whether `walk` is closed and uses every edge of `g` exactly once.
pub fn is_circuit(g: &Graph, walk: &[usize]) -> bool {
    if walk.len() != g.edge_count() + 1 || walk.first() != walk.last() {
        return false;
    }
    let mut used = vec![false; g.edge_count()];
    let mut i = 1;
    while i < walk.len() {
        let (a, b) = (walk[i - 1], walk[i]);
        let mut found = false;
        for e in g.neighbors(a).iter() {
            if e.to == b && !used[e.id] {
                used[e.id] = true;
                found = true;
                break;
            }
        }
        if !found {
            return false;
        }
        i += 1;
    }
    true
}

/// A connected graph with all degrees even: a ring plus random triangles.
pub fn even_graph(rng: &mut crate::gen::Rng, n: usize, triangles: usize) -> Graph {
    let mut g = Graph::new(n, false);
    for v in 0..n {
        g.add_edge(v, (v + 1) % n, 1);
    }
    let mut added = 0;
    while added < triangles {
        let a = rng.below(n);
        let b = rng.below(n);
        let c = rng.below(n);
        if a == b || b == c || a == c {
            continue;
        }
        g.add_edge(a, b, 1);
        g.add_edge(b, c, 1);
        g.add_edge(c, a, 1);
        added += 1;
    }
    g
}
