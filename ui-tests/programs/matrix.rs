//@ check-pass
// Matrices with operator traits, generics with bounds, iterators and slices.
use std::ops::{Add, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }

    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m.set(i, i, 1.0);
        }
        m
    }

    fn get(&self, r: usize, c: usize) -> f64 {
        self.data[r * self.cols + c]
    }

    fn set(&mut self, r: usize, c: usize, v: f64) {
        let idx = r * self.cols + c;
        self.data[idx] = v;
    }

    fn transpose(&self) -> Matrix {
        let mut t = Matrix::zeros(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t.set(c, r, self.get(r, c));
            }
        }
        t
    }

    fn row(&self, r: usize) -> &[f64] {
        &self.data[r * self.cols..(r + 1) * self.cols]
    }
}

impl Add for Matrix {
    type Output = Matrix;
    fn add(self, other: Matrix) -> Matrix {
        let data = self.data.iter().zip(other.data.iter()).map(|(a, b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, other: &Matrix) -> Matrix {
        let mut out = Matrix::zeros(self.rows, other.cols);
        for r in 0..self.rows {
            for c in 0..other.cols {
                let mut sum = 0.0;
                for k in 0..self.cols {
                    sum += self.get(r, k) * other.get(k, c);
                }
                out.set(r, c, sum);
            }
        }
        out
    }
}

trait Norm {
    fn norm(&self) -> f64;
}

impl Norm for Matrix {
    fn norm(&self) -> f64 {
        self.data.iter().map(|x| x * x).sum::<f64>().sqrt()
    }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> Option<T> {
    let mut it = xs.iter();
    let mut best = *it.next()?;
    for &x in it {
        if x > best {
            best = x;
        }
    }
    Some(best)
}

fn describe<N: Norm>(label: &str, n: &N) -> String {
    format!("{} has norm {:.3}", label, n.norm())
}

fn main() {
    let mut a = Matrix::zeros(2, 3);
    let mut value = 1.0;
    for r in 0..2 {
        for c in 0..3 {
            a.set(r, c, value);
            value += 1.0;
        }
    }
    let t = a.transpose();
    let p = &a * &t;
    let i = Matrix::identity(2);
    let sum = p.clone() + i;
    println!("{:?}", sum);
    println!("{}", describe("a", &a));
    println!("{:?}", largest(a.row(1)));
    println!("{:?}", largest(&[3, 9, 2]));
    let empty: [u8; 0] = [];
    println!("{:?}", largest(&empty));
    let same = p == p.clone();
    println!("{}", same);
}
