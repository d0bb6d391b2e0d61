// Borrows of fields (`self.items`, `log.lines`) conflict like borrows of locals; a field borrowed
// mutably needs a mutable path to it; reading a field of a moved value is a use, not a borrow.
struct Log {
    title: String,
    lines: Vec<String>,
    count: usize,
}

impl Log {
    fn retitle(&mut self) {
        let first = &self.lines[0];
        self.lines.push(String::new()); //~ ERROR cannot borrow `self.lines` as mutable because it is also borrowed as immutable
        self.title.push_str(first);
    }

    fn rotate(&mut self) {
        let a = &mut self.lines;
        let b = &mut self.lines; //~ ERROR cannot borrow `self.lines` as mutable more than once at a time
        a.push(b.remove(0));
    }

    fn peek_and_clear(&mut self) -> usize {
        let view = &self.lines;
        self.lines.clear(); //~ ERROR cannot borrow `self.lines` as mutable because it is also borrowed as immutable
        view.len()
    }

    fn fine(&mut self) {
        let n = self.lines.len();
        self.title.clear();
        self.count = n;
    }
}

fn record(log: &Log, line: &str) {
    log.lines.push(line.to_string()); //~ ERROR cannot borrow `log.lines` as mutable, as it is behind a `&` reference
}

fn main() {
    let log = Log { title: String::from("t"), lines: Vec::new(), count: 0 };
    log.lines.push(String::from("x")); //~ ERROR cannot borrow `log.lines` as mutable, as `log` is not declared as mutable
    record(&log, "y");
    let moved = log;
    let n = log.count; //~ ERROR use of moved value: `log`
    println!("{} {}", moved.title, n);
}
