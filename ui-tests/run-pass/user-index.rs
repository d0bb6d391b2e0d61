//@ run-pass
//@ check-run-results
// User Index and IndexMut impls: reads, assignments and compound assignments through
// `grid[(r, c)]`, a `&mut` taken through IndexMut, and an Index returning a struct.
use std::ops::{Index, IndexMut};

struct Grid {
    w: usize,
    cells: Vec<i32>,
}

impl Index<(usize, usize)> for Grid {
    type Output = i32;
    fn index(&self, (r, c): (usize, usize)) -> &i32 {
        &self.cells[r * self.w + c]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i32 {
        &mut self.cells[r * self.w + c]
    }
}

#[derive(Debug)]
struct Name(String);

struct Roster(Vec<Name>);

impl Index<usize> for Roster {
    type Output = Name;
    fn index(&self, i: usize) -> &Name {
        &self.0[i]
    }
}

fn bump(x: &mut i32) {
    *x += 100;
}

fn main() {
    let mut g = Grid { w: 3, cells: vec![0; 6] };
    g[(0, 1)] = 5;
    g[(1, 2)] += 7;
    g[(1, 2)] *= 3;
    bump(&mut g[(1, 0)]);
    let total: i32 = (0..2).map(|r| (0..3).map(|c| g[(r, c)]).sum::<i32>()).sum();
    println!("{:?} {} {}", g.cells, g[(1, 2)], total);
    let roster = Roster(vec![Name("ada".to_string()), Name("bo".to_string())]);
    println!("{:?} {}", roster[1], roster[0].0);
}
