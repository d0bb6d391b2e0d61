enum Big { A, B, C, D, E, F }
fn main() {
    let b = Big::A;
    match b {
        Big::A => {}
        Big::B => {}
        Big::C => {}
        Big::D => {}
        Big::E => {}
    }
}
