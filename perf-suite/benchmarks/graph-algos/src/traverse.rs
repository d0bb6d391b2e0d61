//! Traversals: breadth-first (distances in edges, parents, layers), depth-first with an
//! explicit stack (discovery and finish times), connected components, two-colouring and
//! cycle detection, and path reconstruction from parent links.

use crate::graph::{Graph, NONE};

pub struct Bfs {
    pub dist: Vec<usize>,
    pub parent: Vec<usize>,
    pub order: Vec<usize>,
}

pub fn bfs(g: &Graph, source: usize) -> Bfs {
    let n = g.node_count();
    let mut dist = vec![NONE; n];
    let mut parent = vec![NONE; n];
    let mut order = Vec::with_capacity(n);
    // A vector used as a queue: `head` is the next to visit.
    let mut queue = Vec::with_capacity(n);
    let mut head = 0;
    dist[source] = 0;
    queue.push(source);
    while head < queue.len() {
        let v = queue[head];
        head += 1;
        order.push(v);
        for e in g.neighbors(v).iter() {
            if dist[e.to] == NONE {
                dist[e.to] = dist[v] + 1;
                parent[e.to] = v;
                queue.push(e.to);
            }
        }
    }
    Bfs {
        dist,
        parent,
        order,
    }
}

impl Bfs {
    /// Nodes per distance: layer `k` holds the nodes `k` edges away.
    pub fn layers(&self) -> Vec<usize> {
        let mut counts: Vec<usize> = Vec::new();
        for d in self.dist.iter() {
            if *d == NONE {
                continue;
            }
            while counts.len() <= *d {
                counts.push(0);
            }
            counts[*d] += 1;
        }
        counts
    }

    pub fn reached(&self) -> usize {
        self.order.len()
    }
}

/// The path from the root of `parent` to `target`, or an empty path if unreachable.
pub fn path_to(parent: &[usize], root: usize, target: usize) -> Vec<usize> {
    let mut path = Vec::new();
    let mut v = target;
    while v != NONE {
        path.push(v);
        if v == root {
            path.reverse();
            return path;
        }
        v = parent[v];
    }
    Vec::new()
}

pub struct Dfs {
    pub discovered: Vec<usize>,
    pub finished: Vec<usize>,
    pub preorder: Vec<usize>,
    pub postorder: Vec<usize>,
    /// Edges to a node still on the stack: in a directed graph, proof of a cycle.
    pub back_edges: usize,
}

/// Depth-first search of the whole graph (every unvisited node starts a new tree), iterative:
/// the stack holds (node, index of the next edge to look at).
pub fn dfs(g: &Graph) -> Dfs {
    let n = g.node_count();
    let mut discovered = vec![NONE; n];
    let mut finished = vec![NONE; n];
    let mut preorder = Vec::with_capacity(n);
    let mut postorder = Vec::with_capacity(n);
    let mut back_edges = 0;
    let mut clock = 0;
    for root in 0..n {
        if discovered[root] != NONE {
            continue;
        }
        let mut stack: Vec<(usize, usize, usize)> = vec![(root, 0, NONE)];
        discovered[root] = clock;
        clock += 1;
        preorder.push(root);
        loop {
            let top = match stack.last_index() {
                Some(t) => t,
                None => break,
            };
            let (v, next, via) = stack[top];
            let edges = g.neighbors(v);
            if next < edges.len() {
                stack[top].1 += 1;
                let e = edges[next];
                // In an undirected graph the edge back to the parent is the same edge.
                if !g.directed && e.id == via {
                    continue;
                }
                if discovered[e.to] == NONE {
                    discovered[e.to] = clock;
                    clock += 1;
                    preorder.push(e.to);
                    stack.push((e.to, 0, e.id));
                } else if finished[e.to] == NONE {
                    back_edges += 1;
                }
            } else {
                finished[v] = clock;
                clock += 1;
                postorder.push(v);
                stack.pop();
            }
        }
    }
    Dfs {
        discovered,
        finished,
        preorder,
        postorder,
        back_edges,
    }
}

/// `last_index` for the explicit stacks used throughout.
pub trait LastIndex {
    fn last_index(&self) -> Option<usize>;
}

impl<T> LastIndex for Vec<T> {
    fn last_index(&self) -> Option<usize> {
        if self.is_empty() {
            None
        } else {
            Some(self.len() - 1)
        }
    }
}

/// Connected components of an undirected graph: a label per node and the number of labels.
pub fn components(g: &Graph) -> (Vec<usize>, usize) {
    let n = g.node_count();
    let mut label = vec![NONE; n];
    let mut count = 0;
    for start in 0..n {
        if label[start] != NONE {
            continue;
        }
        let mut stack = vec![start];
        label[start] = count;
        loop {
            let v = match stack.pop() {
                Some(v) => v,
                None => break,
            };
            for e in g.neighbors(v).iter() {
                if label[e.to] == NONE {
                    label[e.to] = count;
                    stack.push(e.to);
                }
            }
        }
        count += 1;
    }
    (label, count)
}

/// A two-colouring (0/1 per node) if the graph is bipartite.
pub fn two_color(g: &Graph) -> Option<Vec<u8>> {
    let n = g.node_count();
    let mut color = vec![2u8; n];
    for start in 0..n {
        if color[start] != 2 {
            continue;
        }
        color[start] = 0;
        let mut queue = vec![start];
        let mut head = 0;
        while head < queue.len() {
            let v = queue[head];
            head += 1;
            for e in g.neighbors(v).iter() {
                if color[e.to] == 2 {
                    color[e.to] = 1 - color[v];
                    queue.push(e.to);
                } else if color[e.to] == color[v] {
                    return None;
                }
            }
        }
    }
    Some(color)
}

/// Whether a directed graph has a cycle.
pub fn has_cycle(g: &Graph) -> bool {
    dfs(g).back_edges > 0
}
