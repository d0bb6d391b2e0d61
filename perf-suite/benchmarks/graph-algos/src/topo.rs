//! Directed acyclic graphs: topological orders by Kahn's algorithm and by depth-first finish
//! times, the longest (critical) path, and path counting.

use crate::graph::{Graph, NONE};
use crate::traverse::dfs;

/// Kahn's algorithm, taking the smallest ready node first so the order is canonical.
/// `None` if the graph has a cycle.
pub fn kahn(g: &Graph) -> Option<Vec<usize>> {
    let n = g.node_count();
    let mut indegree = g.in_degrees();
    let mut ready = crate::heap::MinHeap::new();
    for v in 0..n {
        if indegree[v] == 0 {
            ready.push(v);
        }
    }
    let mut order = Vec::with_capacity(n);
    loop {
        let v = match ready.pop() {
            Some(v) => v,
            None => break,
        };
        order.push(v);
        for e in g.neighbors(v).iter() {
            indegree[e.to] -= 1;
            if indegree[e.to] == 0 {
                ready.push(e.to);
            }
        }
    }
    if order.len() == n {
        Some(order)
    } else {
        None
    }
}

/// Reverse post-order of a depth-first search: another topological order of a DAG.
pub fn dfs_order(g: &Graph) -> Vec<usize> {
    let mut order = dfs(g).postorder;
    order.reverse();
    order
}

/// Whether `order` puts every edge's source before its target.
pub fn is_topological(g: &Graph, order: &[usize]) -> bool {
    let n = g.node_count();
    if order.len() != n {
        return false;
    }
    let mut position = vec![NONE; n];
    for (i, v) in order.iter().enumerate() {
        position[*v] = i;
    }
    for e in g.edges().iter() {
        if position[e.from] >= position[e.to] {
            return false;
        }
    }
    true
}

/// The heaviest path in a DAG (sum of weights) and its nodes.
pub fn critical_path(g: &Graph, order: &[usize]) -> (i64, Vec<usize>) {
    let n = g.node_count();
    let mut best = vec![0i64; n];
    let mut parent = vec![NONE; n];
    for v in order.iter() {
        for e in g.neighbors(*v).iter() {
            if best[*v] + e.weight > best[e.to] {
                best[e.to] = best[*v] + e.weight;
                parent[e.to] = *v;
            }
        }
    }
    let mut end = 0;
    for v in 0..n {
        if best[v] > best[end] {
            end = v;
        }
    }
    let mut path = vec![end];
    let mut v = end;
    while parent[v] != NONE {
        v = parent[v];
        path.push(v);
    }
    path.reverse();
    (best[end], path)
}

/// The number of paths from `source` to every node, modulo `modulus`.
pub fn count_paths(g: &Graph, order: &[usize], source: usize, modulus: u64) -> Vec<u64> {
    let mut ways = vec![0u64; g.node_count()];
    ways[source] = 1;
    for v in order.iter() {
        if ways[*v] == 0 {
            continue;
        }
        for e in g.neighbors(*v).iter() {
            ways[e.to] = (ways[e.to] + ways[*v]) % modulus;
        }
    }
    ways
}
