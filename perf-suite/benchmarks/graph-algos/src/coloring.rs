//! Vertex colouring: greedy in a given order (Welsh-Powell takes the highest degrees first) and
//! DSatur (the node with the most differently coloured neighbours first). Neither is optimal;
//! both must produce proper colourings, and DSatur two colours on bipartite graphs.

use crate::graph::{Graph, NONE};

/// The smallest colour not used by an already coloured neighbour of `v`.
fn first_free(g: &Graph, color: &[usize], v: usize) -> usize {
    let mut used: Vec<bool> = vec![false; g.degree(v) + 1];
    for e in g.neighbors(v).iter() {
        let c = color[e.to];
        if c != NONE && c < used.len() {
            used[c] = true;
        }
    }
    let mut c = 0;
    while c < used.len() && used[c] {
        c += 1;
    }
    c
}

pub fn greedy(g: &Graph, order: &[usize]) -> Vec<usize> {
    let mut color = vec![NONE; g.node_count()];
    for v in order.iter() {
        color[*v] = first_free(g, &color, *v);
    }
    color
}

/// Nodes by decreasing degree (ties by index).
pub fn welsh_powell_order(g: &Graph) -> Vec<usize> {
    let mut keyed: Vec<(i64, usize)> = Vec::with_capacity(g.node_count());
    for v in 0..g.node_count() {
        keyed.push((-(g.degree(v) as i64), v));
    }
    keyed.sort();
    let mut order = Vec::with_capacity(keyed.len());
    for (_, v) in keyed.iter() {
        order.push(*v);
    }
    order
}

pub fn dsatur(g: &Graph) -> Vec<usize> {
    let n = g.node_count();
    let mut color = vec![NONE; n];
    // The distinct colours around each node, kept as small sorted lists.
    let mut around: Vec<Vec<usize>> = Vec::with_capacity(n);
    for _ in 0..n {
        around.push(Vec::new());
    }
    let mut done = 0;
    while done < n {
        let mut pick = NONE;
        for v in 0..n {
            if color[v] != NONE {
                continue;
            }
            if pick == NONE {
                pick = v;
                continue;
            }
            let (sv, sp) = (around[v].len(), around[pick].len());
            if sv > sp || (sv == sp && g.degree(v) > g.degree(pick)) {
                pick = v;
            }
        }
        let c = first_free(g, &color, pick);
        color[pick] = c;
        for e in g.neighbors(pick).iter() {
            if !around[e.to].contains(&c) {
                around[e.to].push(c);
            }
        }
        done += 1;
    }
    color
}

/// No edge joins two nodes of the same colour, and every node has one.
pub fn is_proper(g: &Graph, color: &[usize]) -> bool {
    for c in color.iter() {
        if *c == NONE {
            return false;
        }
    }
    for e in g.edges().iter() {
        if e.from != e.to && color[e.from] == color[e.to] {
            return false;
        }
    }
    true
}

pub fn colors_used(color: &[usize]) -> usize {
    let mut m = 0;
    for c in color.iter() {
        if *c != NONE && *c + 1 > m {
            m = *c + 1;
        }
    }
    m
}
