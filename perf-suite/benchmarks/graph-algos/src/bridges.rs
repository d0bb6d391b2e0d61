//! Bridges and articulation points of an undirected graph, by low-link values from an
//! iterative depth-first search. Checked against brute force on small graphs in `main`.

use crate::graph::{Graph, NONE};
use crate::traverse::components;

pub struct Cuts {
    pub bridges: Vec<usize>,
    pub articulation: Vec<usize>,
}

pub fn find_cuts(g: &Graph) -> Cuts {
    let n = g.node_count();
    let mut disc = vec![NONE; n];
    let mut low = vec![0; n];
    let mut is_cut = vec![false; n];
    let mut bridges = Vec::new();
    let mut clock = 0;
    for root in 0..n {
        if disc[root] != NONE {
            continue;
        }
        let mut root_children = 0;
        // (node, next edge, id of the edge we came in by)
        let mut stack: Vec<(usize, usize, usize)> = vec![(root, 0, NONE)];
        disc[root] = clock;
        low[root] = clock;
        clock += 1;
        loop {
            let top = match stack.len() {
                0 => break,
                len => len - 1,
            };
            let (v, i, via) = stack[top];
            let edges = g.neighbors(v);
            if i < edges.len() {
                stack[top].1 += 1;
                let e = edges[i];
                if e.id == via {
                    continue;
                }
                if disc[e.to] == NONE {
                    disc[e.to] = clock;
                    low[e.to] = clock;
                    clock += 1;
                    if v == root {
                        root_children += 1;
                    }
                    stack.push((e.to, 0, e.id));
                } else {
                    low[v] = low[v].min(disc[e.to]);
                }
                continue;
            }
            stack.pop();
            // Report to the parent: its low-link, and whether v's subtree hangs by one edge.
            match stack.last() {
                Some((parent, _, _)) => {
                    let p = *parent;
                    low[p] = low[p].min(low[v]);
                    if low[v] > disc[p] {
                        bridges.push(via);
                    }
                    if p != root && low[v] >= disc[p] {
                        is_cut[p] = true;
                    }
                }
                None => {}
            }
        }
        if root_children > 1 {
            is_cut[root] = true;
        }
    }
    bridges.sort();
    let mut articulation = Vec::new();
    for v in 0..n {
        if is_cut[v] {
            articulation.push(v);
        }
    }
    Cuts {
        bridges,
        articulation,
    }
}

/// Bridges by definition: edges whose removal adds a component (quadratic; for small graphs).
pub fn bridges_brute(g: &Graph) -> Vec<usize> {
    let (_, base) = components(g);
    let mut out = Vec::new();
    for skip in g.edges().iter() {
        let mut h = Graph::new(g.node_count(), false);
        for e in g.edges().iter() {
            if e.id != skip.id {
                h.add_edge(e.from, e.to, e.weight);
            }
        }
        let (_, count) = components(&h);
        if count > base {
            out.push(skip.id);
        }
    }
    out
}

/// Articulation points by definition: nodes whose removal adds a component.
pub fn articulation_brute(g: &Graph) -> Vec<usize> {
    let n = g.node_count();
    let (_, base) = components(g);
    let mut out = Vec::new();
    for v in 0..n {
        let mut keep = vec![true; n];
        keep[v] = false;
        let (h, _) = g.induced(&keep);
        let (_, count) = components(&h);
        // Removing an isolated node removes a component; that is not a cut.
        if count > base - if g.degree(v) == 0 { 1 } else { 0 } {
            out.push(v);
        }
    }
    out
}
