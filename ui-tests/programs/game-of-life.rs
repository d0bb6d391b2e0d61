//@ run-pass
//@ check-run-results
// Conway's game of life on a toroidal grid: a grid struct over Vec<bool> parsed from string
// patterns, neighbour counts with wrapping arithmetic, generations by double buffering with
// mem::swap, Display rendering, cycle detection with a HashSet of encoded states, and a
// population history summarised with iterator folds.
use std::collections::HashSet;
use std::fmt;
use std::mem;

#[derive(Clone, PartialEq, Eq)]
struct Grid {
    width: usize,
    height: usize,
    cells: Vec<bool>,
}

impl Grid {
    fn empty(width: usize, height: usize) -> Grid {
        Grid { width, height, cells: vec![false; width * height] }
    }

    fn parse(width: usize, height: usize, at: (usize, usize), pattern: &[&str]) -> Grid {
        let mut g = Grid::empty(width, height);
        for (dy, row) in pattern.iter().enumerate() {
            for (dx, ch) in row.chars().enumerate() {
                if ch == '#' {
                    g.set(at.0 + dx, at.1 + dy, true);
                }
            }
        }
        g
    }

    fn idx(&self, x: usize, y: usize) -> usize {
        (y % self.height) * self.width + (x % self.width)
    }

    fn get(&self, x: usize, y: usize) -> bool {
        self.cells[self.idx(x, y)]
    }

    fn set(&mut self, x: usize, y: usize, alive: bool) {
        let i = self.idx(x, y);
        self.cells[i] = alive;
    }

    fn neighbours(&self, x: usize, y: usize) -> usize {
        let mut n = 0;
        for dy in [self.height - 1, 0, 1] {
            for dx in [self.width - 1, 0, 1] {
                if (dx, dy) != (0, 0) && self.get(x + dx, y + dy) {
                    n += 1;
                }
            }
        }
        n
    }

    fn step_into(&self, next: &mut Grid) {
        for y in 0..self.height {
            for x in 0..self.width {
                let alive = self.get(x, y);
                let n = self.neighbours(x, y);
                let lives = matches!((alive, n), (true, 2) | (true, 3) | (false, 3));
                next.set(x, y, lives);
            }
        }
    }

    fn population(&self) -> usize {
        self.cells.iter().filter(|&&c| c).count()
    }

    fn encode(&self) -> Vec<u64> {
        self.cells
            .chunks(64)
            .map(|chunk| chunk.iter().enumerate().fold(0u64, |acc, (i, &c)| if c { acc | 1 << i } else { acc }))
            .collect()
    }

    fn bounding_box(&self) -> Option<(usize, usize, usize, usize)> {
        let live: Vec<(usize, usize)> = (0..self.cells.len())
            .filter(|&i| self.cells[i])
            .map(|i| (i % self.width, i / self.width))
            .collect();
        let min_x = live.iter().map(|p| p.0).min()?;
        let max_x = live.iter().map(|p| p.0).max()?;
        let min_y = live.iter().map(|p| p.1).min()?;
        let max_y = live.iter().map(|p| p.1).max()?;
        Some((min_x, min_y, max_x, max_y))
    }
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.cells.chunks(self.width) {
            let line: String = row.iter().map(|&c| if c { '#' } else { '.' }).collect();
            writeln!(f, "{}", line)?;
        }
        Ok(())
    }
}

struct Outcome {
    generations: usize,
    period: Option<usize>,
    history: Vec<usize>,
}

fn run(start: &Grid, max_gens: usize) -> (Grid, Outcome) {
    let mut current = start.clone();
    let mut next = Grid::empty(start.width, start.height);
    let mut seen: Vec<Vec<u64>> = vec![current.encode()];
    let mut states: HashSet<Vec<u64>> = HashSet::new();
    states.insert(current.encode());
    let mut history = vec![current.population()];
    for gen in 1..=max_gens {
        current.step_into(&mut next);
        mem::swap(&mut current, &mut next);
        history.push(current.population());
        let code = current.encode();
        if !states.insert(code.clone()) {
            let first = seen.iter().position(|s| *s == code).unwrap();
            return (current, Outcome { generations: gen, period: Some(gen - first), history });
        }
        seen.push(code);
    }
    (current, Outcome { generations: max_gens, period: None, history })
}

fn main() {
    let patterns: Vec<(&str, Grid)> = vec![
        ("blinker", Grid::parse(5, 5, (1, 2), &["###"])),
        ("block", Grid::parse(4, 4, (1, 1), &["##", "##"])),
        ("glider", Grid::parse(6, 6, (0, 0), &[".#.", "..#", "###"])),
        ("toad", Grid::parse(6, 6, (1, 2), &[".###", "###."])),
        ("r-pentomino", Grid::parse(12, 10, (5, 4), &[".##", "##.", ".#."])),
        ("diehard-ish", Grid::parse(8, 8, (1, 3), &["#.#", ".#."])),
    ];
    for (name, grid) in &patterns {
        let (last, out) = run(grid, 60);
        let peak = out.history.iter().copied().max().unwrap_or(0);
        let mean = out.history.iter().sum::<usize>() as f64 / out.history.len() as f64;
        match out.period {
            Some(p) => println!("{:<12} repeats after {:>2} generation(s), period {}", name, out.generations, p),
            None => println!("{:<12} no repeat within {} generations", name, out.generations),
        }
        println!("  population start {} end {} peak {} mean {:.2}", out.history[0], last.population(), peak, mean);
        println!("  bounding box {:?}", last.bounding_box());
    }
    let glider = &patterns[2].1;
    let mut g = glider.clone();
    let mut buf = Grid::empty(g.width, g.height);
    for _ in 0..4 {
        g.step_into(&mut buf);
        mem::swap(&mut g, &mut buf);
    }
    print!("glider after 4 steps:\n{}", g);
    let shifted = (0..glider.cells.len()).all(|i| glider.cells[i] == g.get(i % 6 + 1, i / 6 + 1));
    println!("moved one cell diagonally: {}", shifted);
    println!("blinker phase 0 == phase 2: {}", {
        let b = &patterns[0].1;
        let mut a = Grid::empty(5, 5);
        let mut c = Grid::empty(5, 5);
        b.step_into(&mut a);
        a.step_into(&mut c);
        c == *b
    });
}
