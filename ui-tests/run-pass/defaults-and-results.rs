//@ run-pass
//@ check-run-results
use std::ops::Mul;

#[derive(Debug, Default)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
    tags: Vec<String>,
    limit: Option<u64>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Mode {
    Fast,
    #[default]
    Safe,
}

struct Celsius(f64);

impl Default for Celsius {
    fn default() -> Self {
        Celsius(21.5)
    }
}

#[derive(Debug, Clone, Copy)]
struct M2 {
    a: i64,
    b: i64,
    c: i64,
    d: i64,
}

impl Mul for &M2 {
    type Output = M2;
    fn mul(self, o: &M2) -> M2 {
        M2 { a: self.a * o.a + self.b * o.c, b: self.a * o.b + self.b * o.d, c: self.c * o.a + self.d * o.c, d: self.c * o.b + self.d * o.d }
    }
}

fn parse_port(s: &str) -> Result<u16, String> {
    s.parse::<u16>().map_err(|e| format!("bad port {:?}: {}", s, e))
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let d = Config { name: "prod".to_string(), retries: 3, ..Default::default() };
    println!("{} {} {:?} {:?} {} {} {:?}", d.name, d.retries, d.limit, Mode::default(), d.verbose, d.ratio, d.tags);
    println!("{} {}", Celsius::default().0, Mode::default() == Mode::Safe);
    let m = M2 { a: 1, b: 1, c: 1, d: 0 };
    let m2 = &m * &m;
    let m4 = &m2 * &m2;
    println!("{:?}", m4);
    for s in ["8080", "99999", "", "x1"] {
        match parse_port(s) {
            Ok(p) => println!("port {}", p),
            Err(e) => println!("{}", e),
        }
    }
    println!("{} {} {}", std::mem::size_of::<u16>(), std::mem::size_of::<char>(), std::mem::size_of::<usize>());
    let _ = Mode::Fast;
}
