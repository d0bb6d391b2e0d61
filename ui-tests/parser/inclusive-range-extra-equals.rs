fn main() {
    let n = 4u8;
    match n {
        0..==5 => {} //~ ERROR unexpected `=` after inclusive range
        _ => {}
    }
}
