//@ check-pass
//@ edition: 2021
// A closure passed to an adapter whose item type comes from an earlier closure (`map`,
// `filter_map`): its parameter types are known once the pending obligations are selected, so
// field accesses on them need no annotations.
fn main() {
    let pairs = [(1u32, 2u32), (3, 1), (2, 5)];
    let a = pairs.iter().map(|&p| p).max_by(|x, y| x.0.cmp(&y.0));
    let b = pairs.iter().filter_map(|&p| if p.0 > 1 { Some(p) } else { None }).max_by_key(|x| x.1);
    let c = pairs.iter().map(|p| (p.1, p.0)).find(|x| x.0 > 1);
    let d = pairs.iter().filter_map(|&(l, r)| Some((l, r))).min_by(|x, y| x.1.cmp(&y.1).then(y.0.cmp(&x.0)));
    let total: u32 = pairs.iter().map(|&(l, r)| (l, r)).filter(|x| x.0 < 3).map(|x| x.1).sum();
    println!("{:?} {:?} {:?} {:?} {}", a, b, c, d, total);
}
