//@ run-pass
//@ check-run-results
// Graph shortest paths on Vec adjacency lists: breadth-first search for hop counts, Dijkstra with
// std's BinaryHeap and Reverse, path reconstruction through predecessor arrays, Option<usize>
// distances, and a grid maze parsed from strings.
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::collections::VecDeque;

struct Graph {
    names: Vec<&'static str>,
    adj: Vec<Vec<(usize, u32)>>,
}

impl Graph {
    fn new(names: &[&'static str]) -> Graph {
        Graph { names: names.to_vec(), adj: vec![Vec::new(); names.len()] }
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| *n == name)
    }

    fn connect(&mut self, a: &str, b: &str, w: u32) {
        let (i, j) = match (self.index(a), self.index(b)) {
            (Some(i), Some(j)) => (i, j),
            _ => panic!("unknown node in {}-{}", a, b),
        };
        self.adj[i].push((j, w));
        self.adj[j].push((i, w));
    }

    fn bfs(&self, start: usize) -> Vec<Option<usize>> {
        let mut hops = vec![None; self.adj.len()];
        let mut queue = VecDeque::new();
        hops[start] = Some(0);
        queue.push_back(start);
        while let Some(u) = queue.pop_front() {
            let d = hops[u].unwrap();
            for &(v, _) in &self.adj[u] {
                if hops[v].is_none() {
                    hops[v] = Some(d + 1);
                    queue.push_back(v);
                }
            }
        }
        hops
    }

    fn dijkstra(&self, start: usize) -> (Vec<Option<u32>>, Vec<Option<usize>>) {
        let n = self.adj.len();
        let mut dist: Vec<Option<u32>> = vec![None; n];
        let mut prev = vec![None; n];
        let mut heap = BinaryHeap::new();
        dist[start] = Some(0);
        heap.push(Reverse((0u32, start)));
        while let Some(Reverse((d, u))) = heap.pop() {
            if let Some(best) = dist[u] {
                if d > best {
                    continue;
                }
            }
            for &(v, w) in &self.adj[u] {
                let candidate = d + w;
                let better = match dist[v] {
                    None => true,
                    Some(old) => candidate < old,
                };
                if better {
                    dist[v] = Some(candidate);
                    prev[v] = Some(u);
                    heap.push(Reverse((candidate, v)));
                }
            }
        }
        (dist, prev)
    }

    fn path(&self, prev: &[Option<usize>], target: usize) -> Vec<&'static str> {
        let mut out = vec![self.names[target]];
        let mut cur = target;
        while let Some(p) = prev[cur] {
            out.push(self.names[p]);
            cur = p;
        }
        out.reverse();
        out
    }
}

fn maze_steps(rows: &[&str]) -> Option<usize> {
    let grid: Vec<Vec<char>> = rows.iter().map(|r| r.chars().collect()).collect();
    let h = grid.len();
    let w = grid[0].len();
    let find = |c: char| -> Option<(usize, usize)> {
        for (y, row) in grid.iter().enumerate() {
            if let Some(x) = row.iter().position(|&ch| ch == c) {
                return Some((y, x));
            }
        }
        None
    };
    let start = find('S')?;
    let goal = find('G')?;
    let mut seen = vec![vec![false; w]; h];
    let mut queue = VecDeque::new();
    queue.push_back((start, 0usize));
    seen[start.0][start.1] = true;
    let moves: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
    while let Some(((y, x), steps)) = queue.pop_front() {
        if (y, x) == goal {
            return Some(steps);
        }
        for (dy, dx) in moves.iter() {
            let ny = y as i32 + dy;
            let nx = x as i32 + dx;
            if ny < 0 || nx < 0 || ny >= h as i32 || nx >= w as i32 {
                continue;
            }
            let (ny, nx) = (ny as usize, nx as usize);
            if grid[ny][nx] != '#' && !seen[ny][nx] {
                seen[ny][nx] = true;
                queue.push_back(((ny, nx), steps + 1));
            }
        }
    }
    None
}

fn main() {
    let mut g = Graph::new(&["home", "bakery", "park", "school", "market", "station", "harbor", "island"]);
    g.connect("home", "bakery", 4);
    g.connect("home", "park", 2);
    g.connect("park", "bakery", 1);
    g.connect("bakery", "school", 5);
    g.connect("park", "market", 8);
    g.connect("school", "market", 3);
    g.connect("market", "station", 1);
    g.connect("school", "station", 6);
    g.connect("station", "harbor", 2);

    let home = g.index("home").unwrap();
    let hops = g.bfs(home);
    for (name, h) in g.names.iter().zip(hops.iter()) {
        match h {
            Some(h) => println!("{:<8} {} hop(s)", name, h),
            None => println!("{:<8} unreachable", name),
        }
    }

    let (dist, prev) = g.dijkstra(home);
    for (i, d) in dist.iter().enumerate() {
        if let Some(d) = d {
            println!("{:>8}: {:>2} via {}", g.names[i], d, g.path(&prev, i).join(" -> "));
        }
    }
    let unreachable: Vec<_> = dist
        .iter()
        .enumerate()
        .filter(|(_, d)| d.is_none())
        .map(|(i, _)| g.names[i])
        .collect();
    println!("unreachable: {:?}", unreachable);
    let farthest = dist.iter().enumerate().filter_map(|(i, d)| d.map(|d| (d, i))).max();
    if let Some((d, i)) = farthest {
        println!("farthest: {} at {}", g.names[i], d);
    }

    let maze = ["S..#....", ".#.#.##.", ".#...#..", ".####.#.", "......#G"];
    println!("maze: {:?}", maze_steps(&maze));
    let blocked = ["S#.", "##.", "..G"];
    println!("blocked: {:?}", maze_steps(&blocked));
}
