fn normalize(v: Vec<f64>) -> Vec<f64> {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap()); //~ ERROR cannot borrow `v` as mutable, as it is not declared as mutable
    v
}

fn main() {
    println!("{:?}", normalize(vec![2.0, 1.0]));
}
