//! Shortest paths: Dijkstra with a binary heap (lazy deletion) and with an indexed heap
//! (decrease-key), Bellman-Ford with negative-cycle detection, Floyd-Warshall for all pairs,
//! and A* on grids with the Manhattan distance as heuristic.

use crate::graph::{Graph, NONE};
use crate::heap::{IndexedHeap, MinHeap};

/// Distance of an unreachable node.
pub const INF: i64 = 1 << 60;

pub struct Paths {
    pub dist: Vec<i64>,
    pub parent: Vec<usize>,
    /// Nodes taken off the queue: a measure of the work done.
    pub settled: usize,
}

pub fn dijkstra(g: &Graph, source: usize) -> Paths {
    let n = g.node_count();
    let mut dist = vec![INF; n];
    let mut parent = vec![NONE; n];
    let mut heap: MinHeap<(i64, usize)> = MinHeap::with_capacity(n);
    let mut settled = 0;
    dist[source] = 0;
    heap.push((0, source));
    loop {
        let (d, v) = match heap.pop() {
            Some(item) => item,
            None => break,
        };
        if d > dist[v] {
            continue; // A stale entry: v was reached more cheaply since.
        }
        settled += 1;
        for e in g.neighbors(v).iter() {
            let nd = d + e.weight;
            if nd < dist[e.to] {
                dist[e.to] = nd;
                parent[e.to] = v;
                heap.push((nd, e.to));
            }
        }
    }
    Paths {
        dist,
        parent,
        settled,
    }
}

pub fn dijkstra_indexed(g: &Graph, source: usize) -> Paths {
    let n = g.node_count();
    let mut dist = vec![INF; n];
    let mut parent = vec![NONE; n];
    let mut done = vec![false; n];
    let mut heap = IndexedHeap::new(n);
    let mut settled = 0;
    dist[source] = 0;
    heap.push_or_decrease(source, 0);
    loop {
        let (d, v) = match heap.pop() {
            Some(item) => item,
            None => break,
        };
        done[v] = true;
        settled += 1;
        for e in g.neighbors(v).iter() {
            if done[e.to] {
                continue;
            }
            let nd = d + e.weight;
            if heap.push_or_decrease(e.to, nd) {
                dist[e.to] = nd;
                parent[e.to] = v;
            }
        }
    }
    Paths {
        dist,
        parent,
        settled,
    }
}

/// Bellman-Ford: distances even with negative weights, or `None` if a negative cycle is
/// reachable from the source.
pub fn bellman_ford(g: &Graph, source: usize) -> Option<Vec<i64>> {
    let n = g.node_count();
    let mut dist = vec![INF; n];
    dist[source] = 0;
    let mut round = 0;
    while round < n {
        let mut changed = false;
        for v in 0..n {
            if dist[v] == INF {
                continue;
            }
            for e in g.neighbors(v).iter() {
                if dist[v] + e.weight < dist[e.to] {
                    dist[e.to] = dist[v] + e.weight;
                    changed = true;
                }
            }
        }
        if !changed {
            return Some(dist);
        }
        round += 1;
    }
    // Still improving after n rounds: a negative cycle.
    None
}

/// All-pairs distances; `INF` where there is no path.
pub fn floyd_warshall(g: &Graph) -> Vec<Vec<i64>> {
    let n = g.node_count();
    let mut d = Vec::with_capacity(n);
    for i in 0..n {
        let mut row = vec![INF; n];
        row[i] = 0;
        d.push(row);
    }
    for e in g.edges().iter() {
        if e.weight < d[e.from][e.to] {
            d[e.from][e.to] = e.weight;
        }
        if !g.directed && e.weight < d[e.to][e.from] {
            d[e.to][e.from] = e.weight;
        }
    }
    for k in 0..n {
        for i in 0..n {
            let dik = d[i][k];
            if dik == INF {
                continue;
            }
            for j in 0..n {
                let dkj = d[k][j];
                if dkj != INF && dik + dkj < d[i][j] {
                    d[i][j] = dik + dkj;
                }
            }
        }
    }
    d
}

/// A* on a `w`-wide grid graph whose weights are at least `min_weight`: the Manhattan
/// distance times the minimum weight never overestimates, so the result is exact.
pub fn astar_grid(
    g: &Graph,
    w: usize,
    source: usize,
    target: usize,
    min_weight: i64,
) -> (i64, usize) {
    let n = g.node_count();
    let (tx, ty) = ((target % w) as i64, (target / w) as i64);
    let mut dist = vec![INF; n];
    let mut heap: MinHeap<(i64, i64, usize)> = MinHeap::new();
    let mut expanded = 0;
    dist[source] = 0;
    heap.push((manhattan(source, w, tx, ty) * min_weight, 0, source));
    loop {
        let (_, d, v) = match heap.pop() {
            Some(item) => item,
            None => return (INF, expanded),
        };
        if d > dist[v] {
            continue;
        }
        expanded += 1;
        if v == target {
            return (d, expanded);
        }
        for e in g.neighbors(v).iter() {
            let nd = d + e.weight;
            if nd < dist[e.to] {
                dist[e.to] = nd;
                let f = nd + manhattan(e.to, w, tx, ty) * min_weight;
                heap.push((f, nd, e.to));
            }
        }
    }
}

fn manhattan(v: usize, w: usize, tx: i64, ty: i64) -> i64 {
    let (x, y) = ((v % w) as i64, (v / w) as i64);
    (x - tx).abs() + (y - ty).abs()
}
