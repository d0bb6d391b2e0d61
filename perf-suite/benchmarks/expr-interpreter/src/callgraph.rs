//! The call graph: which functions name which (a call or a function value counts alike), which
//! are reachable from `main`, the strongly connected components (Tarjan's algorithm), which
//! functions are recursive, and the longest chain of non-recursive calls.

use crate::ast::{walk_block, Expr, ExprKind, Program, Res, Visitor};

pub struct CallGraph {
    pub edges: Vec<Vec<usize>>,
    pub reachable: Vec<bool>,
    /// The component of each function; components are numbered callees first.
    pub component: Vec<usize>,
    pub components: usize,
    pub recursive: Vec<bool>,
    /// The longest chain of calls between components, from `main`.
    pub depth: usize,
}

/// Collects the functions an expression tree names.
struct References {
    found: Vec<usize>,
}

impl Visitor for References {
    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Var(_, Res::Func(i)) => {
                if !self.found.contains(i) {
                    self.found.push(*i);
                }
            }
            _ => {}
        }
    }
}

impl CallGraph {
    pub fn edge_count(&self) -> usize {
        let mut n = 0;
        for out in self.edges.iter() {
            n += out.len();
        }
        n
    }

    /// The most functions in one component: 1 when no functions call each other in a cycle.
    pub fn largest_cycle(&self) -> usize {
        let mut size = vec![0; self.components];
        let mut best = 0;
        for c in self.component.iter() {
            size[*c] += 1;
            if size[*c] > best {
                best = size[*c];
            }
        }
        best
    }
}

pub fn build(p: &Program) -> CallGraph {
    let n = p.fns.len();
    let mut edges = Vec::new();
    for f in p.fns.iter() {
        let mut refs = References { found: Vec::new() };
        walk_block(&mut refs, &f.body);
        refs.found.sort();
        edges.push(refs.found);
    }
    let mut reachable = vec![false; n];
    match p.find_fn("main") {
        Some(main) => mark_reachable(&edges, main, &mut reachable),
        None => {}
    }
    let mut t = Tarjan {
        edges: edges.clone(),
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        component: vec![0; n],
        next_index: 0,
        components: 0,
    };
    let mut v = 0;
    while v < n {
        if t.index[v].is_none() {
            t.connect(v);
        }
        v += 1;
    }
    let mut size = vec![0; t.components];
    for c in t.component.iter() {
        size[*c] += 1;
    }
    let mut recursive = vec![false; n];
    for (f, out) in edges.iter().enumerate() {
        recursive[f] = size[t.component[f]] > 1 || out.contains(&f);
    }
    let depth = chain_depth(&edges, &t.component, t.components, p.find_fn("main"));
    CallGraph {
        edges,
        reachable,
        component: t.component,
        components: t.components,
        recursive,
        depth,
    }
}

fn mark_reachable(edges: &[Vec<usize>], start: usize, seen: &mut Vec<bool>) {
    let mut work = vec![start];
    loop {
        let f = match work.pop() {
            Some(f) => f,
            None => return,
        };
        if seen[f] {
            continue;
        }
        seen[f] = true;
        for g in edges[f].iter() {
            if !seen[*g] {
                work.push(*g);
            }
        }
    }
}

struct Tarjan {
    edges: Vec<Vec<usize>>,
    index: Vec<Option<usize>>,
    low: Vec<usize>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    component: Vec<usize>,
    next_index: usize,
    components: usize,
}

impl Tarjan {
    fn connect(&mut self, v: usize) {
        self.index[v] = Some(self.next_index);
        self.low[v] = self.next_index;
        self.next_index += 1;
        self.stack.push(v);
        self.on_stack[v] = true;
        let out = self.edges[v].clone();
        for w in out.iter() {
            match self.index[*w] {
                None => {
                    self.connect(*w);
                    self.low[v] = self.low[v].min(self.low[*w]);
                }
                Some(iw) => {
                    if self.on_stack[*w] {
                        self.low[v] = self.low[v].min(iw);
                    }
                }
            }
        }
        if Some(self.low[v]) == self.index[v] {
            loop {
                let w = match self.stack.pop() {
                    Some(w) => w,
                    None => break,
                };
                self.on_stack[w] = false;
                self.component[w] = self.components;
                if w == v {
                    break;
                }
            }
            self.components += 1;
        }
    }
}

/// The longest path in the graph of components, counted in components, starting at `main`'s.
/// Tarjan numbers callees before callers, so one pass in increasing order sees every callee first.
fn chain_depth(
    edges: &[Vec<usize>],
    component: &[usize],
    count: usize,
    main: Option<usize>,
) -> usize {
    let mut depth = vec![1; count];
    let mut c = 0;
    while c < count {
        for (f, out) in edges.iter().enumerate() {
            if component[f] != c {
                continue;
            }
            for g in out.iter() {
                let d = component[*g];
                if d != c && depth[d] + 1 > depth[c] {
                    depth[c] = depth[d] + 1;
                }
            }
        }
        c += 1;
    }
    match main {
        Some(m) => depth[component[m]],
        None => 0,
    }
}
