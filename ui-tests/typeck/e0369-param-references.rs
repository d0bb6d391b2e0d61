// Comparing references to an unbounded type parameter: std's impls for references need the
// parameter's own impl, so rustc reports E0369 and suggests restricting the parameter.

fn largest<T>(xs: &[T]) -> &T {
    let mut m = &xs[0];
    for x in xs {
        if x > m { //~ ERROR E0369
            m = x;
        }
    }
    m
}

fn contains<T>(xs: &[T], needle: &T) -> bool {
    for x in xs {
        if x == needle { //~ ERROR E0369
            return true;
        }
    }
    false
}

fn main() {
    let v = vec![3, 1, 2];
    let _ = largest(&v);
    let _ = contains(&v, &1);
}
