//! Maximum flow: a residual network with paired arcs, Edmonds-Karp (shortest augmenting paths)
//! and Dinic (level graph and blocking flows); the minimum cut; bipartite matching as a flow.

use crate::graph::{Graph, NONE};

/// More than any capacity in a network.
const UNBOUNDED: i64 = 1 << 62;

/// Arcs are stored in pairs: arc `i ^ 1` is the reverse of arc `i`.
pub struct Network {
    head: Vec<usize>,
    to: Vec<usize>,
    capacity: Vec<i64>,
    flow: Vec<i64>,
    /// Arcs leaving each node, as indices into the arrays above.
    out: Vec<Vec<usize>>,
}

impl Network {
    pub fn from_graph(g: &Graph) -> Network {
        let n = g.node_count();
        let mut net = Network {
            head: Vec::new(),
            to: Vec::new(),
            capacity: Vec::new(),
            flow: Vec::new(),
            out: Vec::with_capacity(n),
        };
        for _ in 0..n {
            net.out.push(Vec::new());
        }
        for e in g.edges().iter() {
            net.add_arc(e.from, e.to, e.weight);
        }
        net
    }

    fn add_arc(&mut self, from: usize, to: usize, capacity: i64) {
        let forward = self.to.len();
        self.head.push(from);
        self.to.push(to);
        self.capacity.push(capacity);
        self.flow.push(0);
        self.out[from].push(forward);
        self.head.push(to);
        self.to.push(from);
        self.capacity.push(0);
        self.flow.push(0);
        self.out[to].push(forward + 1);
    }

    fn residual(&self, arc: usize) -> i64 {
        self.capacity[arc] - self.flow[arc]
    }

    fn push(&mut self, arc: usize, amount: i64) {
        self.flow[arc] += amount;
        self.flow[arc ^ 1] -= amount;
    }

    pub fn reset(&mut self) {
        for f in self.flow.iter_mut() {
            *f = 0;
        }
    }

    /// Net flow out of `source`.
    pub fn value(&self, source: usize) -> i64 {
        let mut v = 0;
        for a in self.out[source].iter() {
            v += self.flow[*a];
        }
        v
    }

    /// Flow is conserved at every node but `source` and `sink`, and within capacity.
    pub fn is_valid(&self, source: usize, sink: usize) -> bool {
        for arc in 0..self.flow.len() {
            if self.flow[arc] > self.capacity[arc] {
                return false;
            }
        }
        for v in 0..self.out.len() {
            if v == source || v == sink {
                continue;
            }
            let mut net = 0;
            for a in self.out[v].iter() {
                net += self.flow[*a];
            }
            if net != 0 {
                return false;
            }
        }
        true
    }

    /// Nodes reachable from `source` in the residual network: the source side of a minimum cut.
    pub fn source_side(&self, source: usize) -> Vec<bool> {
        let mut seen = vec![false; self.out.len()];
        let mut stack = vec![source];
        seen[source] = true;
        loop {
            let v = match stack.pop() {
                Some(v) => v,
                None => return seen,
            };
            for a in self.out[v].iter() {
                if self.residual(*a) > 0 && !seen[self.to[*a]] {
                    seen[self.to[*a]] = true;
                    stack.push(self.to[*a]);
                }
            }
        }
    }

    /// The capacity of the cut between `side` and the rest.
    pub fn cut_capacity(&self, side: &[bool]) -> i64 {
        let mut c = 0;
        let mut arc = 0;
        while arc < self.to.len() {
            if side[self.head[arc]] && !side[self.to[arc]] {
                c += self.capacity[arc];
            }
            arc += 2;
        }
        c
    }
}

pub fn edmonds_karp(net: &mut Network, source: usize, sink: usize) -> (i64, usize) {
    let n = net.out.len();
    let mut total = 0;
    let mut augmentations = 0;
    loop {
        let mut via = vec![NONE; n];
        let mut queue = vec![source];
        let mut head = 0;
        let mut found = false;
        while head < queue.len() && !found {
            let v = queue[head];
            head += 1;
            for a in net.out[v].iter() {
                let w = net.to[*a];
                if w != source && via[w] == NONE && net.residual(*a) > 0 {
                    via[w] = *a;
                    if w == sink {
                        found = true;
                        break;
                    }
                    queue.push(w);
                }
            }
        }
        if !found {
            return (total, augmentations);
        }
        let mut bottleneck = UNBOUNDED;
        let mut v = sink;
        while v != source {
            bottleneck = bottleneck.min(net.residual(via[v]));
            v = net.head[via[v]];
        }
        let mut v = sink;
        while v != source {
            net.push(via[v], bottleneck);
            v = net.head[via[v]];
        }
        total += bottleneck;
        augmentations += 1;
    }
}

pub fn dinic(net: &mut Network, source: usize, sink: usize) -> (i64, usize) {
    let n = net.out.len();
    let mut total = 0;
    let mut phases = 0;
    loop {
        // Levels by breadth-first search over arcs with room left.
        let mut level = vec![NONE; n];
        level[source] = 0;
        let mut queue = vec![source];
        let mut head = 0;
        while head < queue.len() {
            let v = queue[head];
            head += 1;
            for a in net.out[v].iter() {
                let w = net.to[*a];
                if level[w] == NONE && net.residual(*a) > 0 {
                    level[w] = level[v] + 1;
                    queue.push(w);
                }
            }
        }
        if level[sink] == NONE {
            return (total, phases);
        }
        phases += 1;
        // Blocking flow by repeated depth-first searches that never revisit a dead arc.
        let mut next_arc = vec![0usize; n];
        loop {
            let pushed = blocking_path(net, &level, &mut next_arc, source, sink);
            if pushed == 0 {
                break;
            }
            total += pushed;
        }
    }
}

/// One augmenting path in the level graph (iteratively), pushing its bottleneck; 0 if none.
fn blocking_path(
    net: &mut Network,
    level: &[usize],
    next_arc: &mut Vec<usize>,
    source: usize,
    sink: usize,
) -> i64 {
    let mut path: Vec<usize> = Vec::new();
    let mut v = source;
    loop {
        if v == sink {
            let mut bottleneck = UNBOUNDED;
            for a in path.iter() {
                bottleneck = bottleneck.min(net.residual(*a));
            }
            for a in path.iter() {
                net.push(*a, bottleneck);
            }
            return bottleneck;
        }
        let mut advanced = false;
        while next_arc[v] < net.out[v].len() {
            let a = net.out[v][next_arc[v]];
            let w = net.to[a];
            if net.residual(a) > 0 && level[w] == level[v] + 1 {
                path.push(a);
                v = w;
                advanced = true;
                break;
            }
            next_arc[v] += 1;
        }
        if advanced {
            continue;
        }
        // Dead end: retreat one arc and skip it from now on.
        match path.pop() {
            Some(a) => {
                v = net.head[a];
                next_arc[v] += 1;
            }
            None => return 0,
        }
    }
}

/// A maximum matching in a bipartite graph (left side `0..left`) through unit-capacity flow.
pub fn bipartite_matching(g: &Graph, left: usize) -> usize {
    let n = g.node_count();
    let source = n;
    let sink = n + 1;
    let mut flow_graph = Graph::new(n + 2, true);
    for v in 0..left {
        flow_graph.add_edge(source, v, 1);
    }
    for v in left..n {
        flow_graph.add_edge(v, sink, 1);
    }
    for e in g.edges().iter() {
        let (a, b) = if e.from < left {
            (e.from, e.to)
        } else {
            (e.to, e.from)
        };
        flow_graph.add_edge(a, b, 1);
    }
    let mut net = Network::from_graph(&flow_graph);
    let (value, _) = dinic(&mut net, source, sink);
    value as usize
}
