// A type prefix that names nothing anywhere: no import to suggest, so no help at all.
mod stats {
    pub fn mean(v: &[i32]) -> i32 {
        let acc = Accumulator::new(); //~ ERROR cannot find type `Accumulator` in this scope
        v.len() as i32
    }
}

fn main() {
    println!("{}", stats::mean(&[1, 2]));
}
