fn main() {
    let mut grid = vec![vec![0u8; 3]; 3];
    let row = &grid[1];
    grid.clear(); //~ ERROR cannot borrow `grid` as mutable because it is also borrowed as immutable
    println!("{}", row.len());
}
