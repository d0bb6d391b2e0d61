//@ run-pass
//@ check-run-results
// `&mut` bindings of scalar fields: default binding mode through `&mut`, `ref mut`, tuples.

#[derive(Debug)]
enum Slot {
    Empty,
    Counter { hits: u32, open: bool },
    Pair(i64, i64),
}

fn touch(s: &mut Slot) {
    match s {
        Slot::Empty => {}
        Slot::Counter { hits, open } => {
            *hits += 1;
            *open = !*open;
        }
        Slot::Pair(a, b) => {
            std::mem::swap(a, b);
            *a *= 10;
        }
    }
}

fn main() {
    let mut slots = vec![Slot::Empty, Slot::Counter { hits: 0, open: false }, Slot::Pair(1, 2)];
    for s in slots.iter_mut() {
        touch(s);
    }
    touch(&mut slots[1]);
    println!("{:?}", slots);
    let mut t = (5u8, 'a');
    let (ref mut n, ref mut c) = t;
    *n += 1;
    *c = 'z';
    println!("{:?}", t);
    let mut best = [0, 0];
    let [_, ref mut last] = best;
    *last = 7;
    println!("{:?}", best);
}
