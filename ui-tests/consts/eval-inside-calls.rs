// A panic inside a `const fn` is reported at the call in the initializer, with a note for each
// call in progress; a const that reads a failed const fails too, with a note at the read.

struct Grid;

impl Grid {
    const fn cell(n: u32) -> u32 {
        check(n) * 2
    }
}

const fn check(n: u32) -> u32 {
    n - 10
}

const fn halve(n: u32) -> u32 {
    if n == 0 {
        panic!("cannot halve zero");
    }
    n / 2
}

const CELL: u32 = Grid::cell(3); //~ ERROR attempt to compute `3_u32 - 10_u32`, which would overflow
const NEXT: u32 = CELL + 1;
const HALF: u32 = halve(0); //~ ERROR evaluation panicked: cannot halve zero
const FINE: u32 = halve(8) + Grid::cell(12);
const LATER: u32 = EARLY * 2;
const EARLY: u32 = 1 / 0; //~ ERROR attempt to divide `1_u32` by zero

fn main() {}
