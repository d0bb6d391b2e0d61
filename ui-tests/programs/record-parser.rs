//@ run-pass
//@ check-run-results
//@ edition: 2021
// A CSV-like record parser with validation: a tokenizer for quoted fields, an error enum with
// line/column data and a Display impl, `?` through helper functions, FromStr for a field type,
// Result collection, and a summary of the valid records.
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq)]
enum ParseError {
    UnterminatedQuote { line: usize },
    WrongFieldCount { line: usize, expected: usize, found: usize },
    BadNumber { line: usize, column: usize, text: String },
    BadLevel { line: usize, text: String },
    Empty { line: usize, column: usize },
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::UnterminatedQuote { line } => write!(f, "line {}: unterminated quote", line),
            ParseError::WrongFieldCount { line, expected, found } => {
                write!(f, "line {}: expected {} fields, found {}", line, expected, found)
            }
            ParseError::BadNumber { line, column, text } => {
                write!(f, "line {}, column {}: `{}` is not a number", line, column, text)
            }
            ParseError::BadLevel { line, text } => write!(f, "line {}: unknown level `{}`", line, text),
            ParseError::Empty { line, column } => write!(f, "line {}, column {}: empty field", line, column),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Junior,
    Senior,
    Lead,
}

impl FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Level, String> {
        match s.to_ascii_lowercase().as_str() {
            "junior" | "jr" => Ok(Level::Junior),
            "senior" | "sr" => Ok(Level::Senior),
            "lead" => Ok(Level::Lead),
            other => Err(other.to_string()),
        }
    }
}

#[derive(Debug)]
struct Employee {
    name: String,
    age: u32,
    level: Level,
    salary: f64,
}

fn split_fields(line: &str, line_no: usize) -> Result<Vec<String>, ParseError> {
    let mut fields = Vec::new();
    let mut current = String::new();
    let mut in_quotes = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, in_quotes) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                current.push('"');
            }
            ('"', _) => in_quotes = !in_quotes,
            (',', false) => fields.push(std::mem::take(&mut current)),
            (c, _) => current.push(c),
        }
    }
    if in_quotes {
        return Err(ParseError::UnterminatedQuote { line: line_no });
    }
    fields.push(current);
    Ok(fields.into_iter().map(|f| f.trim().to_string()).collect())
}

fn number<T: FromStr>(text: &str, line: usize, column: usize) -> Result<T, ParseError> {
    if text.is_empty() {
        return Err(ParseError::Empty { line, column });
    }
    text.parse::<T>().map_err(|_| ParseError::BadNumber { line, column, text: text.to_string() })
}

fn parse_record(line: &str, line_no: usize) -> Result<Employee, ParseError> {
    let fields = split_fields(line, line_no)?;
    if fields.len() != 4 {
        return Err(ParseError::WrongFieldCount { line: line_no, expected: 4, found: fields.len() });
    }
    if fields[0].is_empty() {
        return Err(ParseError::Empty { line: line_no, column: 1 });
    }
    let age: u32 = number(&fields[1], line_no, 2)?;
    let level = fields[2]
        .parse::<Level>()
        .map_err(|text| ParseError::BadLevel { line: line_no, text })?;
    let salary: f64 = number(&fields[3], line_no, 4)?;
    Ok(Employee { name: fields[0].clone(), age, level, salary })
}

const INPUT: &str = r#"name,age,level,salary
Ada Byron, 36, lead, 9120.50
"Hopper, Grace", 41, Senior, 8800
Linus, x9, jr, 4000
"Quote ""Q"" Person", 29, junior, 4100.25
Ken, 52, principal, 9900
"Open quote, 30, sr, 7000
Barbara, 33, sr
Dennis, 44, SR, 8450.75
, 20, jr, 3000
Margaret, 38, Lead,
"#;

fn main() {
    let mut employees = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in INPUT.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        match parse_record(line, i + 1) {
            Ok(e) => employees.push(e),
            Err(e) => errors.push(e),
        }
    }

    println!("{} records, {} errors", employees.len(), errors.len());
    for e in &errors {
        println!("  error: {}", e);
    }
    println!();

    employees.sort_by(|a, b| b.level.cmp(&a.level).then(a.name.cmp(&b.name)));
    println!("{:<20}|{:>4}|{:<7}|{:>10}", "name", "age", "level", "salary");
    println!("{:-<20}+{:->4}+{:-<7}+{:->10}", "", "", "", "");
    for e in &employees {
        println!("{:<20}|{:>4}|{:<7}|{:>10.2}", e.name, e.age, format!("{:?}", e.level), e.salary);
    }

    let payroll: f64 = employees.iter().map(|e| e.salary).sum();
    let avg_age = employees.iter().map(|e| e.age as f64).sum::<f64>() / employees.len() as f64;
    println!();
    println!("payroll: {:.2}", payroll);
    println!("average age: {:.1}", avg_age);

    let all: Result<Vec<Employee>, ParseError> =
        INPUT.lines().enumerate().skip(1).map(|(i, l)| parse_record(l, i + 1)).collect();
    match all {
        Ok(v) => println!("strict parse: {} records", v.len()),
        Err(e) => println!("strict parse stopped: {:?}", e),
    }
    let numbers: Vec<Result<i32, ParseError>> =
        ["12", "", "7x"].iter().enumerate().map(|(i, t)| number(t, 99, i + 1)).collect();
    println!("{:?}", numbers);
}
