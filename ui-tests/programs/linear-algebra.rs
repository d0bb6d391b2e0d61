//@ run-pass
//@ check-run-results
// Linear algebra with operator traits: a dense matrix with Add, Sub, Mul (matrix and scalar), Neg,
// Index/IndexMut on (row, col) tuples, Display with precision, Gaussian elimination with partial
// pivoting returning Result, determinants, and a small vector type with a dot product.
use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul, Neg, Sub};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec3(f64, f64, f64);

#[derive(Debug, PartialEq)]
enum SolveError {
    NotSquare(usize, usize),
    Singular { column: usize },
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }

    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m[(i, i)] = 1.0;
        }
        m
    }

    fn from_rows(rows: &[&[f64]]) -> Matrix {
        let cols = rows[0].len();
        let data: Vec<f64> = rows.iter().flat_map(|r| r.iter().copied()).collect();
        Matrix { rows: rows.len(), cols, data }
    }

    fn transpose(&self) -> Matrix {
        let mut t = Matrix::zeros(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t[(c, r)] = self[(r, c)];
            }
        }
        t
    }

    fn swap_rows(&mut self, a: usize, b: usize) {
        for c in 0..self.cols {
            self.data.swap(a * self.cols + c, b * self.cols + c);
        }
    }

    fn determinant(&self) -> Result<f64, SolveError> {
        if self.rows != self.cols {
            return Err(SolveError::NotSquare(self.rows, self.cols));
        }
        let mut m = self.clone();
        let mut det = 1.0;
        for col in 0..m.cols {
            let pivot = (col..m.rows)
                .max_by(|&a, &b| m[(a, col)].abs().partial_cmp(&m[(b, col)].abs()).unwrap())
                .unwrap();
            if m[(pivot, col)].abs() < 1e-12 {
                return Ok(0.0);
            }
            if pivot != col {
                m.swap_rows(pivot, col);
                det = -det;
            }
            det *= m[(col, col)];
            for r in col + 1..m.rows {
                let factor = m[(r, col)] / m[(col, col)];
                for c in col..m.cols {
                    let v = m[(col, c)];
                    m[(r, c)] -= factor * v;
                }
            }
        }
        Ok(det)
    }

    fn solve(&self, rhs: &[f64]) -> Result<Vec<f64>, SolveError> {
        if self.rows != self.cols {
            return Err(SolveError::NotSquare(self.rows, self.cols));
        }
        let n = self.rows;
        let mut a = self.clone();
        let mut b = rhs.to_vec();
        for col in 0..n {
            let pivot = (col..n).max_by(|&x, &y| a[(x, col)].abs().partial_cmp(&a[(y, col)].abs()).unwrap()).unwrap();
            if a[(pivot, col)].abs() < 1e-12 {
                return Err(SolveError::Singular { column: col });
            }
            a.swap_rows(pivot, col);
            b.swap(pivot, col);
            for r in col + 1..n {
                let f = a[(r, col)] / a[(col, col)];
                for c in col..n {
                    let v = a[(col, c)];
                    a[(r, c)] -= f * v;
                }
                b[r] -= f * b[col];
            }
        }
        let mut x = vec![0.0; n];
        for r in (0..n).rev() {
            let tail: f64 = (r + 1..n).map(|c| a[(r, c)] * x[c]).sum();
            x[r] = (b[r] - tail) / a[(r, r)];
        }
        Ok(x)
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = f64;
    fn index(&self, (r, c): (usize, usize)) -> &f64 {
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut f64 {
        &mut self.data[r * self.cols + c]
    }
}

impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, o: &Matrix) -> Matrix {
        let data = self.data.iter().zip(&o.data).map(|(a, b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl Sub for &Matrix {
    type Output = Matrix;
    fn sub(self, o: &Matrix) -> Matrix {
        self + &(-o)
    }
}

impl Neg for &Matrix {
    type Output = Matrix;
    fn neg(self) -> Matrix {
        self * -1.0
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, o: &Matrix) -> Matrix {
        let mut out = Matrix::zeros(self.rows, o.cols);
        for r in 0..self.rows {
            for c in 0..o.cols {
                out[(r, c)] = (0..self.cols).map(|k| self[(r, k)] * o[(k, c)]).sum();
            }
        }
        out
    }
}

impl Mul<f64> for &Matrix {
    type Output = Matrix;
    fn mul(self, k: f64) -> Matrix {
        Matrix { rows: self.rows, cols: self.cols, data: self.data.iter().map(|v| v * k).collect() }
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in 0..self.rows {
            let cells: Vec<String> = (0..self.cols).map(|c| format!("{:>7.2}", self[(r, c)])).collect();
            writeln!(f, "[{}]", cells.join(" "))?;
        }
        Ok(())
    }
}

impl Vec3 {
    fn dot(self, o: Vec3) -> f64 {
        self.0 * o.0 + self.1 * o.1 + self.2 * o.2
    }
    fn cross(self, o: Vec3) -> Vec3 {
        Vec3(self.1 * o.2 - self.2 * o.1, self.2 * o.0 - self.0 * o.2, self.0 * o.1 - self.1 * o.0)
    }
    fn length(self) -> f64 {
        self.dot(self).sqrt()
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[2.0, 1.0, -1.0], &[-3.0, -1.0, 2.0], &[-2.0, 1.0, 2.0]]);
    let i3 = Matrix::identity(3);
    print!("A =\n{}", a);
    print!("A + I =\n{}", &a + &i3);
    print!("A - A^T =\n{}", &a - &a.transpose());
    print!("A * A =\n{}", &a * &a);
    println!("A * I == A: {}", &a * &i3 == a);
    println!("det A = {:.4}", a.determinant().unwrap());
    match a.solve(&[8.0, -11.0, -3.0]) {
        Ok(x) => println!("x = {:?}", x.iter().map(|v| format!("{:.3}", v)).collect::<Vec<_>>()),
        Err(e) => println!("error: {:?}", e),
    }
    let singular = Matrix::from_rows(&[&[1.0, 2.0], &[2.0, 4.0]]);
    println!("det singular = {:?}", singular.determinant());
    println!("solve singular = {:?}", singular.solve(&[1.0, 2.0]));
    let wide = Matrix::zeros(2, 3);
    println!("solve wide = {:?}", wide.solve(&[0.0, 0.0]));
    let u = Vec3(1.0, 2.0, 3.0);
    let v = Vec3(4.0, -5.0, 6.0);
    let w = u.cross(v);
    println!("u.v = {}, u x v = {:?}, |u x v| = {:.5}", u.dot(v), w, w.length());
    println!("orthogonal: {} {}", w.dot(u).abs() < 1e-9, w.dot(v).abs() < 1e-9);
}
