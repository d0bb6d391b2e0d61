//! Strongly connected components by Tarjan's algorithm (iterative, so deep graphs cannot
//! overflow the stack) and by Kosaraju's two passes; the condensation DAG.

use crate::graph::{Graph, NONE};
use crate::traverse::dfs;

/// A component label per node and the number of components.
pub struct Components {
    pub label: Vec<usize>,
    pub count: usize,
}

impl Components {
    pub fn sizes(&self) -> Vec<usize> {
        let mut s = vec![0; self.count];
        for l in self.label.iter() {
            s[*l] += 1;
        }
        s
    }

    /// Whether two labellings group the nodes the same way (labels may differ).
    pub fn same_partition(&self, other: &Components) -> bool {
        if self.count != other.count || self.label.len() != other.label.len() {
            return false;
        }
        let mut map = vec![NONE; self.count];
        for (v, l) in self.label.iter().enumerate() {
            let o = other.label[v];
            if map[*l] == NONE {
                map[*l] = o;
            } else if map[*l] != o {
                return false;
            }
        }
        true
    }
}

pub fn tarjan(g: &Graph) -> Components {
    let n = g.node_count();
    let mut index = vec![NONE; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut label = vec![NONE; n];
    let mut next = 0;
    let mut count = 0;
    for root in 0..n {
        if index[root] != NONE {
            continue;
        }
        // The call stack of the recursive algorithm: (node, next edge to look at).
        let mut calls: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        loop {
            let top = match calls.len() {
                0 => break,
                len => len - 1,
            };
            let (v, i) = calls[top];
            let edges = g.neighbors(v);
            if i < edges.len() {
                calls[top].1 += 1;
                let w = edges[i].to;
                if index[w] == NONE {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    calls.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            // v is finished: pop a component if v is its root, then return to the caller.
            if low[v] == index[v] {
                loop {
                    let w = match stack.pop() {
                        Some(w) => w,
                        None => break,
                    };
                    on_stack[w] = false;
                    label[w] = count;
                    if w == v {
                        break;
                    }
                }
                count += 1;
            }
            calls.pop();
            if caller(&calls) != NONE {
                let parent = caller(&calls);
                low[parent] = low[parent].min(low[v]);
            }
        }
    }
    Components { label, count }
}

fn caller(calls: &[(usize, usize)]) -> usize {
    match calls.last() {
        Some((p, _)) => *p,
        None => NONE,
    }
}

pub fn kosaraju(g: &Graph) -> Components {
    let n = g.node_count();
    let finish = dfs(g).postorder;
    let reversed = g.reversed();
    let mut label = vec![NONE; n];
    let mut count = 0;
    let mut k = finish.len();
    while k > 0 {
        k -= 1;
        let root = finish[k];
        if label[root] != NONE {
            continue;
        }
        let mut stack = vec![root];
        label[root] = count;
        loop {
            let v = match stack.pop() {
                Some(v) => v,
                None => break,
            };
            for e in reversed.neighbors(v).iter() {
                if label[e.to] == NONE {
                    label[e.to] = count;
                    stack.push(e.to);
                }
            }
        }
        count += 1;
    }
    Components { label, count }
}

/// The DAG of components: one node per component, an edge where any edge crosses.
pub fn condensation(g: &Graph, c: &Components) -> Graph {
    let mut dag = Graph::new(c.count, true);
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for e in g.edges().iter() {
        let (a, b) = (c.label[e.from], c.label[e.to]);
        if a != b {
            seen.push((a, b));
        }
    }
    seen.sort();
    let mut last: Option<(usize, usize)> = None;
    for pair in seen.iter() {
        if last != Some(*pair) {
            dag.add_edge(pair.0, pair.1, 1);
            last = Some(*pair);
        }
    }
    dag
}
