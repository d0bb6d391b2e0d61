//@ run-pass
//@ check-run-results
// A sparse polynomial type: terms in a BTreeMap from exponent to coefficient, Add/Sub/Mul/Neg by
// value and by reference, a generic power by repeated squaring over any `Mul + Clone` type,
// derivative, Horner evaluation, polynomial long division returning Option, and Display.
use std::collections::BTreeMap;
use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Debug, Clone, PartialEq, Default)]
struct Poly {
    terms: BTreeMap<u32, i64>,
}

impl Poly {
    fn from_terms(pairs: &[(u32, i64)]) -> Poly {
        let mut p = Poly::default();
        for &(e, c) in pairs {
            p.add_term(e, c);
        }
        p
    }

    fn constant(c: i64) -> Poly {
        Poly::from_terms(&[(0, c)])
    }

    fn add_term(&mut self, exp: u32, coeff: i64) {
        let entry = self.terms.entry(exp).or_insert(0);
        *entry += coeff;
        if *entry == 0 {
            self.terms.remove(&exp);
        }
    }

    fn degree(&self) -> Option<u32> {
        self.terms.keys().next_back().copied()
    }

    fn lead(&self) -> i64 {
        self.terms.values().next_back().copied().unwrap_or(0)
    }

    fn eval(&self, x: i64) -> i64 {
        let deg = match self.degree() {
            Some(d) => d,
            None => return 0,
        };
        (0..=deg).rev().fold(0, |acc, e| acc * x + self.terms.get(&e).copied().unwrap_or(0))
    }

    fn derivative(&self) -> Poly {
        let mut d = Poly::default();
        for (&e, &c) in &self.terms {
            if e > 0 {
                d.add_term(e - 1, c * e as i64);
            }
        }
        d
    }

    /// Division by a monic divisor keeps integer coefficients; anything else returns None.
    fn div_rem(&self, divisor: &Poly) -> Option<(Poly, Poly)> {
        let dd = divisor.degree()?;
        if divisor.lead() != 1 {
            return None;
        }
        let mut quotient = Poly::default();
        let mut rem = self.clone();
        while let Some(rd) = rem.degree() {
            if rd < dd {
                break;
            }
            let factor = Poly::from_terms(&[(rd - dd, rem.lead())]);
            rem = &rem - &(&factor * divisor);
            quotient = quotient + factor;
        }
        Some((quotient, rem))
    }
}

impl Add for Poly {
    type Output = Poly;
    fn add(mut self, o: Poly) -> Poly {
        for (e, c) in o.terms {
            self.add_term(e, c);
        }
        self
    }
}

impl Neg for Poly {
    type Output = Poly;
    fn neg(self) -> Poly {
        Poly { terms: self.terms.into_iter().map(|(e, c)| (e, -c)).collect() }
    }
}

impl<'a> Sub for &'a Poly {
    type Output = Poly;
    fn sub(self, o: &'a Poly) -> Poly {
        self.clone() + -o.clone()
    }
}

impl<'a> Mul for &'a Poly {
    type Output = Poly;
    fn mul(self, o: &'a Poly) -> Poly {
        let mut out = Poly::default();
        for (&e1, &c1) in &self.terms {
            for (&e2, &c2) in &o.terms {
                out.add_term(e1 + e2, c1 * c2);
            }
        }
        out
    }
}

impl Mul for Poly {
    type Output = Poly;
    fn mul(self, o: Poly) -> Poly {
        &self * &o
    }
}

impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.terms.is_empty() {
            return write!(f, "0");
        }
        for (i, (&e, &c)) in self.terms.iter().rev().enumerate() {
            let sign = if c < 0 { "-" } else { "+" };
            if i == 0 {
                if c < 0 {
                    write!(f, "-")?;
                }
            } else {
                write!(f, " {} ", sign)?;
            }
            let a = c.abs();
            match (e, a) {
                (0, _) => write!(f, "{}", a)?,
                (1, 1) => write!(f, "x")?,
                (1, _) => write!(f, "{}x", a)?,
                (_, 1) => write!(f, "x^{}", e)?,
                _ => write!(f, "{}x^{}", a, e)?,
            }
        }
        Ok(())
    }
}

fn power<T: Mul<Output = T> + Clone>(base: T, mut exp: u32, one: T) -> T {
    let mut result = one;
    let mut b = base;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result * b.clone();
        }
        b = b.clone() * b;
        exp >>= 1;
    }
    result
}

fn main() {
    let p = Poly::from_terms(&[(2, 3), (1, -2), (0, 5)]);
    let q = Poly::from_terms(&[(1, 1), (0, -1)]);
    println!("p = {}", p);
    println!("q = {}", q);
    println!("p + q = {}", p.clone() + q.clone());
    println!("p - q = {}", &p - &q);
    println!("p * q = {}", &p * &q);
    println!("p - p = {}", &p - &p);
    println!("p' = {}, p'' = {}", p.derivative(), p.derivative().derivative());
    let values: Vec<i64> = (-2..=2).map(|x| p.eval(x)).collect();
    println!("p(-2..=2) = {:?}", values);
    let binomial = power(q.clone(), 5, Poly::constant(1));
    println!("(x - 1)^5 = {}", binomial);
    println!("sum of coefficients = {}", binomial.terms.values().sum::<i64>());
    println!("3^13 = {}", power(3i64, 13, 1));
    match binomial.div_rem(&q) {
        Some((quot, rem)) => println!("(x - 1)^5 / (x - 1) = {} rem {}", quot, rem),
        None => println!("not divisible"),
    }
    let r = Poly::from_terms(&[(3, 1), (0, -7)]);
    let divisor = Poly::from_terms(&[(1, 1), (0, -2)]);
    if let Some((quot, rem)) = r.div_rem(&divisor) {
        println!("({}) = ({}) * ({}) + {}", r, divisor, quot, rem);
        let back = (&divisor * &quot) + rem.clone();
        println!("check: {}", back == r);
    }
    println!("non-monic: {:?}", r.div_rem(&Poly::from_terms(&[(1, 2)])));
    println!("degree of zero: {:?}, of r: {:?}", Poly::default().degree(), r.degree());
}
