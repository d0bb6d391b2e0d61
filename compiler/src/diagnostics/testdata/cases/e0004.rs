enum Dir { North, South, East, West }
fn main() {
    let d = Dir::North;
    match d {
        Dir::North => {}
    }
    let o: Option<i32> = None;
    match o {
        Some(_) => {}
    }
}
