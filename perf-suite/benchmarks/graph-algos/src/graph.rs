//! Graphs as adjacency lists: nodes are `0..n`, every edge has a weight and an id (its index in
//! the edge list), and undirected edges appear in both lists with the same id.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub weight: i64,
    pub id: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Graph {
    pub directed: bool,
    adj: Vec<Vec<Edge>>,
    edges: Vec<Edge>,
}

impl Graph {
    pub fn new(n: usize, directed: bool) -> Graph {
        let mut adj = Vec::with_capacity(n);
        for _ in 0..n {
            adj.push(Vec::new());
        }
        Graph {
            directed,
            adj,
            edges: Vec::new(),
        }
    }

    pub fn node_count(&self) -> usize {
        self.adj.len()
    }

    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    pub fn add_edge(&mut self, from: usize, to: usize, weight: i64) -> usize {
        let id = self.edges.len();
        let e = Edge {
            from,
            to,
            weight,
            id,
        };
        self.edges.push(e);
        self.adj[from].push(e);
        if !self.directed {
            self.adj[to].push(Edge {
                from: to,
                to: from,
                weight,
                id,
            });
        }
        id
    }

    pub fn neighbors(&self, v: usize) -> &[Edge] {
        &self.adj[v]
    }

    pub fn edges(&self) -> &[Edge] {
        &self.edges
    }

    pub fn degree(&self, v: usize) -> usize {
        self.adj[v].len()
    }

    pub fn has_edge(&self, from: usize, to: usize) -> bool {
        for e in self.adj[from].iter() {
            if e.to == to {
                return true;
            }
        }
        false
    }

    /// The graph with every edge turned around (the same graph when undirected).
    pub fn reversed(&self) -> Graph {
        let mut g = Graph::new(self.node_count(), self.directed);
        for e in self.edges.iter() {
            if self.directed {
                g.add_edge(e.to, e.from, e.weight);
            } else {
                g.add_edge(e.from, e.to, e.weight);
            }
        }
        g
    }

    /// The same edges without direction.
    pub fn undirected(&self) -> Graph {
        let mut g = Graph::new(self.node_count(), false);
        for e in self.edges.iter() {
            g.add_edge(e.from, e.to, e.weight);
        }
        g
    }

    pub fn in_degrees(&self) -> Vec<usize> {
        let mut d = vec![0; self.node_count()];
        for e in self.edges.iter() {
            d[e.to] += 1;
            if !self.directed {
                d[e.from] += 1;
            }
        }
        d
    }

    pub fn total_weight(&self) -> i64 {
        let mut t = 0;
        for e in self.edges.iter() {
            t += e.weight;
        }
        t
    }

    pub fn max_degree(&self) -> usize {
        let mut m = 0;
        for list in self.adj.iter() {
            m = m.max(list.len());
        }
        m
    }

    /// Node `v`'s neighbours as a sorted list without repeats.
    pub fn neighbor_set(&self, v: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for e in self.adj[v].iter() {
            out.push(e.to);
        }
        out.sort();
        let mut unique: Vec<usize> = Vec::with_capacity(out.len());
        for x in out.iter() {
            if unique.last() != Some(x) {
                unique.push(*x);
            }
        }
        unique
    }

    /// The subgraph on `keep` (a flag per node), with nodes renumbered in order.
    pub fn induced(&self, keep: &[bool]) -> (Graph, Vec<usize>) {
        let mut index = vec![NONE; self.node_count()];
        let mut original = Vec::new();
        for (v, k) in keep.iter().enumerate() {
            if *k {
                index[v] = original.len();
                original.push(v);
            }
        }
        let mut g = Graph::new(original.len(), self.directed);
        for e in self.edges.iter() {
            if keep[e.from] && keep[e.to] {
                g.add_edge(index[e.from], index[e.to], e.weight);
            }
        }
        (g, original)
    }
}

/// "No node": a placeholder in node-indexed tables.
pub const NONE: usize = 1 << 60;

/// Summary numbers of a graph, printed by `main`.
pub fn describe(name: &str, g: &Graph) -> String {
    format!(
        "{}: {} nodes, {} {} edges, max degree {}, total weight {}",
        name,
        g.node_count(),
        g.edge_count(),
        if g.directed { "directed" } else { "undirected" },
        g.max_degree(),
        g.total_weight()
    )
}
