//@ run-pass
//@ check-run-results

fn flood(grid: &mut Vec<Vec<char>>, r: usize, c: usize) -> u32 {
    if grid[r][c] != '.' {
        return 0;
    }
    grid[r][c] = '~';
    let mut n = 1;
    if r > 0 {
        n += flood(grid, r - 1, c);
    }
    if r + 1 < grid.len() {
        n += flood(grid, r + 1, c);
    }
    if c > 0 {
        n += flood(grid, r, c - 1);
    }
    if c + 1 < grid[r].len() {
        n += flood(grid, r, c + 1);
    }
    n
}

fn main() {
    let map = ["#######", "#..#..#", "#..#..#", "####..#", "#.....#", "#######"];
    let mut grid: Vec<Vec<char>> = map.iter().map(|row| row.chars().collect()).collect();
    let filled = flood(&mut grid, 1, 1);
    println!("filled {}", filled);
    for row in &grid {
        let s: String = row.iter().map(|c| *c).collect();
        println!("{}", s);
    }
    let filled2 = flood(&mut grid, 1, 4);
    println!("filled {}", filled2);
}
