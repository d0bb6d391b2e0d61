//@ check-pass
// A half-finished telemetry station that compiles: no errors, so every lint pass runs, the early
// ones (imports, parentheses, loops, type names) and the late ones (dead code, naming, literals,
// results) alike, across several modules.
#![warn(unused_variables, unused_mut, unused_imports, dead_code, unreachable_code)]
#![warn(unreachable_patterns, unused_parens, unused_assignments, unused_must_use)]
#![warn(path_statements, while_true, overflowing_literals)]

use std::collections::HashMap; //~ WARN unused import: `std::collections::HashMap`

mod units {
    pub const meters_per_foot: f64 = 0.3048; //~ WARN constant `meters_per_foot` should have an upper case name
    pub static Max_Reading: i32 = 1000; //~ WARN static variable `Max_Reading` should have an upper case name

    pub fn to_meters(feet: f64) -> f64 {
        feet * meters_per_foot
    }

    pub fn clamp(value: i32) -> i32 {
        if (value > Max_Reading) { //~ WARN unnecessary parentheses around `if` condition
            Max_Reading
        } else {
            value
        }
    }

    pub fn to_feet(meters: f64) -> f64 { //~ WARN function `to_feet` is never used
        meters / meters_per_foot
    }
}

mod sensors {
    use std::fmt::Display; //~ WARN unused import: `std::fmt::Display`

    pub enum Kind {
        Thermo,
        Baro,
        Hygro, //~ WARN variant `Hygro` is never constructed
    }

    pub struct raw_sample { //~ WARN type `raw_sample` should have an upper camel case name
        pub value: i32,
    }

    pub struct Sensor {
        pub name: String,
        pub kind: Kind,
        calibration: i32,
        serial: u32, //~ WARN field `serial` is never read
    }

    impl Sensor {
        pub fn new(name: &str, kind: Kind) -> Sensor {
            Sensor { name: name.to_string(), kind, calibration: -2, serial: 0 }
        }

        pub fn read(&self, raw: raw_sample) -> i32 {
            let mut adjusted = raw.value + self.calibration; //~ WARN variable does not need to be mutable
            adjusted
        }

        pub fn describe(&self) -> &'static str {
            match self.kind {
                Kind::Thermo => "thermometer",
                Kind::Baro => "barometer",
                Kind::Hygro => "hygrometer",
                Kind::Thermo => "thermometer again", //~ WARN unreachable pattern
            }
        }
    }
}

mod buffer {
    pub struct Ring {
        items: Vec<i32>,
        cap: usize,
    }

    impl Ring {
        pub fn new(cap: usize) -> Ring {
            Ring { items: Vec::new(), cap }
        }

        pub fn push(&mut self, v: i32) -> Result<(), i32> {
            if self.items.len() == self.cap {
                return Err(v);
            }
            self.items.push(v);
            Ok(())
        }

        pub fn average(&self) -> i32 {
            let mut total = 100; //~ WARN value assigned to `total` is never read
            total = 0;
            for v in &self.items {
                total += v;
            }
            if self.items.is_empty() {
                return 0;
                println!("empty ring"); //~ WARN unreachable statement
            }
            total / self.items.len() as i32
        }

        pub fn drain(&mut self) -> i32 {
            let mut drained = 0;
            while true { //~ WARN denote infinite loops with `loop { ... }`
                match self.items.pop() {
                    Some(v) => drained += v,
                    None => break,
                }
            }
            drained
        }

        pub fn capacity_left(&self) -> usize { //~ WARN method `capacity_left` is never used
            self.cap - self.items.len()
        }
    }
}

mod report {
    pub fn header(title: &str, width: usize) -> String { //~ WARN unused variable: `width`
        let Spacer = "-"; //~ WARN variable `Spacer` should have a snake case name
        format!("{}{}{}", Spacer, title, Spacer)
    }

    pub fn Footer() -> String { //~ WARN function `Footer` should have a snake case name
        String::from("end of report")
    }

    fn legacy_line(v: i32) -> String { //~ WARN function `legacy_line` is never used
        format!("{:08}", v)
    }

    pub struct Page {
        pub lines: Vec<String>,
    }

    impl Page {
        pub fn add(&mut self, line: String) -> usize {
            let previous = self.lines.len();
            self.lines.push(line);
            previous
        }

        pub fn count(&self) -> usize {
            let mut seen = 0;
            for line in &self.lines {
                let Words = line.split(' ').count(); //~ WARN variable `Words` should have a snake case name
                seen += Words;
            }
            seen
        }
    }
}

enum alert_level { //~ WARN type `alert_level` should have an upper camel case name
    Low,
    High,
}

fn parse_level(s: &str) -> Result<u8, String> {
    if s.is_empty() {
        Err(String::from("empty"))
    } else {
        Ok(s.len() as u8)
    }
}

fn classify(level: u8) -> alert_level {
    let threshold = 5;
    let mut message = String::new(); //~ WARN variable does not need to be mutable
    //~| WARN unused variable: `message`
    if level > threshold {
        alert_level::High
    } else {
        alert_level::Low
    }
}

fn main() {
    let mut ring = buffer::Ring::new(4);
    ring.push(3); //~ WARN unused `Result` that must be used
    let _ = ring.push(200);
    let s = sensors::Sensor::new("t1", sensors::Kind::Thermo);
    let b = sensors::Sensor::new("b1", sensors::Kind::Baro);
    let sample = sensors::raw_sample { value: 21 };
    println!("{} {} {}", s.name, s.describe(), s.read(sample));
    println!("{}", b.describe());
    println!("{}", units::clamp(5000));
    println!("{}", units::to_meters(10.0));
    println!("{}", report::header("telemetry", 30));
    println!("{}", report::Footer());
    let mut page = report::Page { lines: Vec::new() };
    page.add(String::from("one two"));
    println!("{}", page.count());
    println!("{}", ring.average());
    println!("{}", ring.drain());
    let level = parse_level("abc").unwrap_or(0);
    level; //~ WARN path statement with no effect
    let unused_total = level as i32 * 2; //~ WARN unused variable: `unused_total`
    let small: i8 = 200; //~ WARN literal out of range for `i8`
    println!("{}", small);
    match classify(level) {
        alert_level::Low => println!("low"),
        alert_level::High => println!("high"),
    }
}
