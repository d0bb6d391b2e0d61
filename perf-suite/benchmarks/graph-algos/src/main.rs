//! A graph algorithms library and its test run: traversals, shortest paths, topological
//! orders, strongly connected components, spanning trees, maximum flow, bridges and
//! articulation points. Every result is cross-checked against a second algorithm (or brute
//! force); `main` prints what it found on each graph and a checksum.

mod bridges;
mod coloring;
mod euler;
mod flow;
mod gen;
mod graph;
mod heap;
mod lca;
mod mst;
mod scc;
mod shortest;
mod topo;
mod traverse;

use gen::Rng;
use graph::{describe, Graph, NONE};
use heap::MinHeap;
use shortest::INF;

/// Cross-check results and a running checksum of everything computed.
struct Report {
    failures: Vec<String>,
    digest: u64,
}

impl Report {
    fn check(&mut self, ok: bool, what: &str) {
        if !ok {
            self.failures.push(what.to_string());
        }
    }

    fn absorb(&mut self, v: u64) {
        self.digest = (self.digest ^ v).wrapping_mul(0x0100_0000_01b3);
    }

    fn absorb_all(&mut self, values: &[i64]) {
        for v in values.iter() {
            self.absorb(*v as u64);
        }
    }
}

fn sum_finite(dist: &[i64]) -> (i64, usize) {
    let mut sum = 0;
    let mut reached = 0;
    for d in dist.iter() {
        if *d != INF {
            sum += *d;
            reached += 1;
        }
    }
    (sum, reached)
}

fn grid_run(r: &mut Report, rng: &mut Rng) {
    let (w, h) = (120, 120);
    let g = gen::grid(rng, w, h, 9);
    println!("{}", describe("grid", &g));
    let b = traverse::bfs(&g, 0);
    let layers = b.layers();
    r.check(
        layers.len() == w + h - 1 && b.reached() == w * h,
        "grid BFS layers",
    );
    let hops = traverse::path_to(&b.parent, 0, w * h - 1);
    r.check(
        hops.len() == w + h - 1,
        "grid: BFS finds a path with the fewest edges",
    );
    let d1 = shortest::dijkstra(&g, 0);
    let d2 = shortest::dijkstra_indexed(&g, 0);
    r.check(d1.dist == d2.dist, "grid: both Dijkstras agree");
    let corner = w * h - 1;
    let (astar, expanded) = shortest::astar_grid(&g, w, 0, corner, 1);
    r.check(astar == d1.dist[corner], "grid: A* finds the shortest path");
    let path = traverse::path_to(&d1.parent, 0, corner);
    let mut path_weight = 0;
    let mut i = 1;
    while i < path.len() {
        let mut best = INF;
        for e in g.neighbors(path[i - 1]).iter() {
            if e.to == path[i] && e.weight < best {
                best = e.weight;
            }
        }
        path_weight += best;
        i += 1;
    }
    r.check(
        path_weight == d1.dist[corner],
        "grid: the path has the distance's weight",
    );
    r.check(traverse::two_color(&g).is_some(), "a grid is bipartite");
    let k = mst::kruskal(&g);
    let p = mst::prim(&g);
    let bo = mst::boruvka(&g);
    r.check(
        k.weight == p.weight && p.weight == bo.weight,
        "grid: spanning trees agree",
    );
    r.check(
        k.edges.len() == w * h - 1,
        "grid: a spanning tree has n - 1 edges",
    );
    let cuts = bridges::find_cuts(&g);
    r.check(
        cuts.bridges.is_empty() && cuts.articulation.is_empty(),
        "a grid has no bridges",
    );
    let (sum, reached) = sum_finite(&d1.dist);
    println!(
        "  distance to the far corner {} ({} nodes settled, A* expanded {}), path of {} nodes, spanning tree {}, sum of distances {} over {}",
        d1.dist[corner],
        d1.settled,
        expanded,
        path.len(),
        k.weight,
        sum,
        reached
    );
    r.absorb(sum as u64);
    r.absorb(k.weight as u64);
}

fn sparse_run(r: &mut Report, rng: &mut Rng) {
    let g = gen::random(rng, 20_000, 30_000, false, true, 100);
    println!("{}", describe("sparse", &g));
    let (_, count) = traverse::components(&g);
    r.check(count == 1, "sparse: connected");
    let d1 = shortest::dijkstra(&g, 7);
    let d2 = shortest::dijkstra_indexed(&g, 7);
    r.check(d1.dist == d2.dist, "sparse: both Dijkstras agree");
    let k = mst::kruskal(&g);
    let p = mst::prim(&g);
    let bo = mst::boruvka(&g);
    r.check(
        k.weight == p.weight && p.weight == bo.weight,
        "sparse: spanning trees agree",
    );
    let cuts = bridges::find_cuts(&g);
    let dfs = traverse::dfs(&g);
    let mut nested = dfs.preorder.len() == g.node_count();
    for v in 0..g.node_count() {
        if dfs.discovered[v] >= dfs.finished[v] {
            nested = false;
        }
    }
    r.check(
        nested,
        "sparse: every node is discovered before it is finished",
    );
    let (sum, _) = sum_finite(&d1.dist);
    println!(
        "  spanning tree {}, {} bridges, {} articulation points, {} back edges, eccentricity of node 7: {}",
        k.weight,
        cuts.bridges.len(),
        cuts.articulation.len(),
        dfs.back_edges,
        max_finite(&d1.dist)
    );
    r.absorb(sum as u64);
    r.absorb(cuts.bridges.len() as u64 * 1_000_003 + cuts.articulation.len() as u64);
}

fn max_finite(dist: &[i64]) -> i64 {
    let mut m = 0;
    for d in dist.iter() {
        if *d != INF && *d > m {
            m = *d;
        }
    }
    m
}

fn all_pairs_run(r: &mut Report, rng: &mut Rng) {
    let g = gen::random(rng, 150, 500, true, false, 50);
    println!("{}", describe("dense", &g));
    let fw = shortest::floyd_warshall(&g);
    let mut agree = true;
    let mut total = 0;
    let mut unreachable = 0;
    for s in 0..g.node_count() {
        let d = shortest::dijkstra(&g, s);
        if d.dist != fw[s] {
            agree = false;
        }
        let (sum, reached) = sum_finite(&d.dist);
        total += sum;
        unreachable += g.node_count() - reached;
    }
    r.check(
        agree,
        "dense: Floyd-Warshall agrees with Dijkstra from every node",
    );
    match shortest::bellman_ford(&g, 0) {
        Some(d) => r.check(d == fw[0], "dense: Bellman-Ford agrees"),
        None => r.check(false, "dense: no negative cycle"),
    }
    println!(
        "  all-pairs distance sum {}, unreachable pairs {}",
        total, unreachable
    );
    r.absorb(total as u64);
}

fn negative_run(r: &mut Report, rng: &mut Rng) {
    // A DAG with some negative weights: no cycle, so Bellman-Ford works and the DAG
    // relaxation in topological order must agree with it.
    let base = gen::dag(rng, 400, 1600, 20);
    let mut g = Graph::new(base.node_count(), true);
    for e in base.edges().iter() {
        let w = if e.id % 3 == 0 { -e.weight } else { e.weight };
        g.add_edge(e.from, e.to, w);
    }
    let order = match topo::kahn(&g) {
        Some(o) => o,
        None => {
            r.check(false, "negative DAG has an order");
            return;
        }
    };
    let source = order[0];
    let mut dist = vec![INF; g.node_count()];
    dist[source] = 0;
    for v in order.iter() {
        if dist[*v] == INF {
            continue;
        }
        for e in g.neighbors(*v).iter() {
            if dist[*v] + e.weight < dist[e.to] {
                dist[e.to] = dist[*v] + e.weight;
            }
        }
    }
    match shortest::bellman_ford(&g, source) {
        Some(d) => r.check(
            d == dist,
            "negative weights: Bellman-Ford matches DAG relaxation",
        ),
        None => r.check(false, "negative weights: no cycle"),
    }
    let mut cyclic = Graph::new(4, true);
    cyclic.add_edge(0, 1, 4);
    cyclic.add_edge(1, 2, -3);
    cyclic.add_edge(2, 3, 2);
    cyclic.add_edge(3, 1, -2);
    r.check(
        shortest::bellman_ford(&cyclic, 0).is_none(),
        "a negative cycle is found",
    );
    let (sum, reached) = sum_finite(&dist);
    println!(
        "negative weights: {} nodes reached, distance sum {}",
        reached, sum
    );
    r.absorb(sum as u64);
}

fn dag_run(r: &mut Report, rng: &mut Rng) {
    let g = gen::dag(rng, 5_000, 20_000, 30);
    println!("{}", describe("dag", &g));
    r.check(!traverse::has_cycle(&g), "dag: no cycle");
    let kahn = match topo::kahn(&g) {
        Some(o) => o,
        None => {
            r.check(false, "dag: Kahn's algorithm finds an order");
            return;
        }
    };
    let by_dfs = topo::dfs_order(&g);
    r.check(
        topo::is_topological(&g, &kahn) && topo::is_topological(&g, &by_dfs),
        "dag: both orders are topological",
    );
    let (length, path) = topo::critical_path(&g, &kahn);
    let ways = topo::count_paths(&g, &kahn, kahn[0], 1_000_000_007);
    let mut total_ways = 0u64;
    for w in ways.iter() {
        total_ways = (total_ways + *w) % 1_000_000_007;
    }
    let mut cyclic = g.clone();
    cyclic.add_edge(path[path.len() - 1], path[0], 1);
    r.check(
        traverse::has_cycle(&cyclic) && topo::kahn(&cyclic).is_none(),
        "dag: closing the critical path makes a cycle",
    );
    println!(
        "  critical path of weight {} through {} nodes, paths from the first node: {} (mod 1e9+7)",
        length,
        path.len(),
        total_ways
    );
    r.absorb(length as u64);
    r.absorb(total_ways);
}

fn scc_run(r: &mut Report, rng: &mut Rng) {
    let g = gen::planted_sccs(rng, 60, 40, 300);
    println!("{}", describe("components", &g));
    let t = scc::tarjan(&g);
    let k = scc::kosaraju(&g);
    r.check(
        t.count == 60 && t.same_partition(&k),
        "Tarjan and Kosaraju find the 60 planted components",
    );
    let mut sizes = t.sizes();
    sizes.sort();
    r.check(
        sizes[0] == 40 && sizes[sizes.len() - 1] == 40,
        "every component has 40 nodes",
    );
    let dag = scc::condensation(&g, &t);
    let order = topo::kahn(&dag);
    r.check(order.is_some(), "the condensation is a DAG");
    // A bigger random directed graph: one giant component and many small ones.
    let big = gen::random(rng, 12_000, 16_000, true, false, 10);
    let bt = scc::tarjan(&big);
    let bk = scc::kosaraju(&big);
    r.check(
        bt.same_partition(&bk),
        "random graph: Tarjan and Kosaraju agree",
    );
    let largest = max_usize(&bt.sizes());
    let (_, weak) = traverse::components(&big.undirected());
    r.check(
        weak <= bt.count,
        "weak components are unions of strong ones",
    );
    println!(
        "  condensation {} nodes, {} edges; random graph: {} strong components ({} weak), the largest of {} nodes",
        dag.node_count(),
        dag.edge_count(),
        bt.count,
        weak,
        largest
    );
    r.absorb(bt.count as u64);
    r.absorb(largest as u64);
}

fn max_usize(v: &[usize]) -> usize {
    let mut m = 0;
    for x in v.iter() {
        m = m.max(*x);
    }
    m
}

fn flow_run(r: &mut Report, rng: &mut Rng) {
    let g = gen::flow_network(rng, 20, 40, 50);
    println!("{}", describe("flow", &g));
    let (source, sink) = (0, g.node_count() - 1);
    let mut net = flow::Network::from_graph(&g);
    let (ek, augmentations) = flow::edmonds_karp(&mut net, source, sink);
    r.check(
        net.is_valid(source, sink) && net.value(source) == ek,
        "Edmonds-Karp leaves a valid flow",
    );
    let side = net.source_side(source);
    let cut = net.cut_capacity(&side);
    r.check(cut == ek && !side[sink], "max flow = min cut");
    net.reset();
    let (di, phases) = flow::dinic(&mut net, source, sink);
    r.check(
        di == ek && net.is_valid(source, sink),
        "Dinic agrees with Edmonds-Karp",
    );
    let bip = gen::bipartite(rng, 300, 300, 900);
    let matched = flow::bipartite_matching(&bip, 300);
    let greedy = greedy_matching(&bip, 300);
    r.check(
        matched >= greedy && matched <= 300,
        "a maximum matching beats a greedy one",
    );
    println!(
        "  max flow {} ({} augmenting paths, {} Dinic phases); bipartite matching {} (greedy {})",
        ek, augmentations, phases, matched, greedy
    );
    r.absorb(ek as u64);
    r.absorb(matched as u64);
}

/// A maximal (not maximum) matching: each left node takes its first free neighbour.
fn greedy_matching(g: &Graph, left: usize) -> usize {
    let mut taken = vec![false; g.node_count()];
    let mut count = 0;
    for v in 0..left {
        for e in g.neighbors(v).iter() {
            if !taken[e.to] {
                taken[e.to] = true;
                count += 1;
                break;
            }
        }
    }
    count
}

fn cuts_run(r: &mut Report, rng: &mut Rng) {
    let mut bridges_found = 0;
    let mut points_found = 0;
    let mut round = 0;
    while round < 60 {
        // Sparse enough to have cut edges and nodes, some graphs disconnected.
        let g = gen::random(rng, 30, 25 + round % 15, false, round % 2 == 0, 5);
        let fast = bridges::find_cuts(&g);
        r.check(
            fast.bridges == bridges::bridges_brute(&g),
            &format!("bridges of small graph {}", round),
        );
        r.check(
            fast.articulation == bridges::articulation_brute(&g),
            &format!("articulation points of small graph {}", round),
        );
        bridges_found += fast.bridges.len();
        points_found += fast.articulation.len();
        round += 1;
    }
    println!(
        "small graphs: {} bridges and {} articulation points, all confirmed by brute force",
        bridges_found, points_found
    );
    r.absorb(bridges_found as u64);
    r.absorb(points_found as u64);
}

fn heap_run(r: &mut Report, rng: &mut Rng) {
    let mut values = Vec::new();
    let mut heap = MinHeap::new();
    for _ in 0..50_000 {
        let v = (rng.next() % 1_000_000) as i64;
        values.push(v);
        heap.push(v);
    }
    r.check(
        heap.len() == values.len() && heap.peek().is_some() && !heap.is_empty(),
        "heap size",
    );
    let mut indexed = heap::IndexedHeap::new(10);
    indexed.push_or_decrease(3, 50);
    indexed.push_or_decrease(7, 20);
    let lowered = indexed.push_or_decrease(3, 10);
    let raised = indexed.push_or_decrease(7, 30);
    r.check(
        lowered && !raised && indexed.key(3) == 10,
        "decrease-key only decreases",
    );
    r.check(
        indexed.pop() == Some((10, 3)) && indexed.pop() == Some((20, 7)) && indexed.is_empty(),
        "indexed heap order",
    );
    values.sort();
    let sorted = heap.into_sorted();
    r.check(sorted == values, "heap sort agrees with Vec::sort");
    r.absorb_all(&sorted[..10]);
    let g = gen::random(rng, 50, 120, false, true, 9);
    let neighbours = g.neighbor_set(0);
    r.check(
        !neighbours.is_empty() && neighbours[0] != NONE,
        "neighbour sets",
    );
    r.check(
        g.reversed().edge_count() == g.edge_count(),
        "reversal keeps every edge",
    );
}

fn extras_run(r: &mut Report, rng: &mut Rng) {
    let g = gen::random(rng, 3_000, 9_000, false, true, 9);
    let wp = coloring::greedy(&g, &coloring::welsh_powell_order(&g));
    let ds = coloring::dsatur(&g);
    r.check(
        coloring::is_proper(&g, &wp) && coloring::is_proper(&g, &ds),
        "proper colourings",
    );
    let bound = g.max_degree() + 1;
    r.check(
        coloring::colors_used(&wp) <= bound && coloring::colors_used(&ds) <= bound,
        "at most max degree + 1 colours",
    );
    let grid = gen::grid(rng, 30, 30, 5);
    r.check(
        coloring::colors_used(&coloring::dsatur(&grid)) == 2,
        "DSatur two-colours a grid",
    );
    let even = euler::even_graph(rng, 2_000, 3_000);
    let walk = euler::circuit(&even, 0);
    let closed = match &walk {
        Some(w) => euler::is_circuit(&even, w),
        None => false,
    };
    r.check(closed, "Hierholzer walks every edge once");
    r.check(
        euler::circuit(&g, 0).is_none() || g.edge_count() % 2 == 0,
        "odd degrees have no circuit",
    );
    let tree = gen::random(rng, 5_000, 0, false, true, 1);
    let lift = lca::Lifting::new(&tree, 0);
    let mut agree = lift.root() == 0;
    let mut total = 0;
    let mut i = 0;
    while i < 2_000 {
        let a = rng.below(5_000);
        let b = rng.below(5_000);
        if lift.in_tree(a) && lift.in_tree(b) {
            if lift.lca(a, b) != lift.lca_naive(a, b) {
                agree = false;
            }
            total += lift.distance(a, b);
        }
        i += 1;
    }
    r.check(agree, "binary lifting agrees with walking up");
    println!(
        "colouring: Welsh-Powell {} colours, DSatur {} (max degree {}); Euler circuit of {} steps; tree path lengths {}",
        coloring::colors_used(&wp),
        coloring::colors_used(&ds),
        g.max_degree(),
        match &walk {
            Some(w) => w.len(),
            None => 0,
        },
        total
    );
    r.absorb(total as u64);
}

fn main() {
    let mut rng = Rng(0x6A_5EED);
    let mut r = Report {
        failures: Vec::new(),
        digest: 0xcbf2_9ce4_8422_2325,
    };
    grid_run(&mut r, &mut rng);
    sparse_run(&mut r, &mut rng);
    all_pairs_run(&mut r, &mut rng);
    negative_run(&mut r, &mut rng);
    dag_run(&mut r, &mut rng);
    scc_run(&mut r, &mut rng);
    flow_run(&mut r, &mut rng);
    cuts_run(&mut r, &mut rng);
    heap_run(&mut r, &mut rng);
    extras_run(&mut r, &mut rng);
    for f in r.failures.iter() {
        println!("FAILED: {}", f);
    }
    println!(
        "{} cross-checks failed, checksum {}",
        r.failures.len(),
        r.digest
    );
    if !r.failures.is_empty() {
        std::process::exit(1);
    }
}
