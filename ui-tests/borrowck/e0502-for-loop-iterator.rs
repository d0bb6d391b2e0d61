// A `for` loop's iterator holds its borrow for the whole loop and is used again at each
// iteration: changing the collection inside the body conflicts with it. A body that leaves the
// loop right after the change does not.
fn grow(mut v: Vec<i32>) {
    for x in v.iter() {
        println!("{}", x);
        v.push(4); //~ ERROR cannot borrow `v` as mutable because it is also borrowed as immutable
    }
}

fn grow_once(mut v: Vec<i32>) -> Vec<i32> {
    for x in v.iter() {
        if *x == 2 {
            v.push(4);
            break;
        }
    }
    v
}

fn reset(mut names: Vec<String>) {
    for n in &names {
        if n.is_empty() {
            names.clear(); //~ ERROR cannot borrow `names` as mutable because it is also borrowed as immutable
        }
    }
}

fn bump(mut counts: Vec<u32>) -> u32 {
    for c in counts.iter_mut() {
        *c += 1;
        let total = counts.len(); //~ ERROR cannot borrow `counts` as immutable because it is also borrowed as mutable
        let _ = total;
    }
    counts[0]
}

fn main() {
    grow(vec![1, 2, 3]);
    println!("{:?}", grow_once(vec![1, 2, 3]));
    reset(vec![String::new()]);
    println!("{}", bump(vec![1]));
}
