//@ run-pass
//@ check-run-results

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    North,
    East,
    South,
    West,
}

impl Dir {
    fn turn_right(self) -> Dir {
        match self {
            Dir::North => Dir::East,
            Dir::East => Dir::South,
            Dir::South => Dir::West,
            Dir::West => Dir::North,
        }
    }
    fn delta(self) -> (i32, i32) {
        match self {
            Dir::North => (0, 1),
            Dir::East => (1, 0),
            Dir::South => (0, -1),
            Dir::West => (-1, 0),
        }
    }
}

fn main() {
    let mut d = Dir::North;
    let mut pos = (0, 0);
    for cmd in "FFRFFRFLF".chars() {
        match cmd {
            'F' => {
                let (dx, dy) = d.delta();
                pos = (pos.0 + dx, pos.1 + dy);
            }
            'R' => d = d.turn_right(),
            'L' => d = d.turn_right().turn_right().turn_right(),
            _ => {}
        }
    }
    println!("{:?} facing {:?} ({})", pos, d, d as i32);
    println!("{} {}", Dir::West as u8, d == Dir::South);
}
