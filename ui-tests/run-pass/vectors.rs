//@ run-pass
//@ check-run-results

fn total(xs: &[i32]) -> i32 {
    let mut t = 0;
    for x in xs {
        t += x;
    }
    t
}

fn bump_all(xs: &mut Vec<i32>) {
    for x in xs.iter_mut() {
        *x += 1;
    }
}

fn main() {
    let mut v = vec![5, 3, 8, 1];
    v.push(9);
    println!("{:?} len {} total {}", v, v.len(), total(&v));
    v.sort();
    println!("sorted {:?}", v);
    bump_all(&mut v);
    println!("bumped {:?}", v);
    println!("first {:?} last {:?} get(10) {:?}", v.first(), v.last(), v.get(10));
    let popped = v.pop();
    println!("{:?} {:?}", popped, v);
    v.insert(1, 100);
    v.remove(0);
    println!("{:?} contains 100: {}", v, v.contains(&100));
    let zeros = vec![0u8; 4];
    println!("{:?}", zeros);
    let slice = &v[1..3];
    println!("{:?} {}", slice, slice.len());
    let grid = vec![vec![1, 2], vec![3, 4]];
    println!("{:?} {}", grid, grid[1][0]);
    println!("{:#?}", vec![(1, "one")]);
    v.reverse();
    v.swap(0, 1);
    println!("{:?}", v);
}
