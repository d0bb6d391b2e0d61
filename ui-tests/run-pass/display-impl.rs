//@ run-pass
//@ check-run-results
use std::fmt;

struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

struct Matrix {
    rows: Vec<Vec<i32>>,
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in &self.rows {
            let cells: Vec<String> = row.iter().map(|c| format!("{:3}", c)).collect();
            writeln!(f, "[{}]", cells.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let m = Money { cents: 12345 };
    println!("total: {}", m);
    println!("{}", m.to_string().len());
    let mx = Matrix { rows: vec![vec![1, 20], vec![300, 4]] };
    print!("{}", mx);
}
