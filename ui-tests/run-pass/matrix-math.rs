//@ run-pass
//@ check-run-results

fn mat_mul(a: &Vec<Vec<i64>>, b: &Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    let n = a.len();
    let m = b[0].len();
    let k = b.len();
    let mut out = vec![vec![0i64; m]; n];
    for i in 0..n {
        for j in 0..m {
            let mut s = 0;
            for t in 0..k {
                s += a[i][t] * b[t][j];
            }
            out[i][j] = s;
        }
    }
    out
}

fn identity(n: usize) -> Vec<Vec<i64>> {
    let mut m = vec![vec![0; n]; n];
    for i in 0..n {
        m[i][i] = 1;
    }
    m
}

fn main() {
    let fib = vec![vec![1, 1], vec![1, 0]];
    let mut acc = identity(2);
    for _ in 0..50 {
        acc = mat_mul(&acc, &fib);
    }
    println!("fib(50) = {}", acc[0][1]);
    let a = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let b = vec![vec![7, 8], vec![9, 10], vec![11, 12]];
    for row in mat_mul(&a, &b) {
        println!("{:?}", row);
    }
}
