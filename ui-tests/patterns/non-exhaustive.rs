enum Direction {
    North,
    South,
    East,
    West,
}

fn turn(d: Direction) -> i32 {
    match d { //~ ERROR non-exhaustive patterns: `Direction::West` not covered
        Direction::North => 0,
        Direction::South => 180,
        Direction::East => 90,
    }
}

fn main() {
    turn(Direction::North);
}
