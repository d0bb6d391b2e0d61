// A text editor's buffer code, written quickly: the types all line up, so what is left is
// ownership (moves, overlapping borrows, missing `mut`) and patterns that no longer fit the enums
// they match. A body with a pattern type error gets no borrow checking; the others do.
#![warn(unused_variables, unused_mut, unreachable_patterns)]

mod text {
    pub struct Buffer {
        pub name: String,
        pub lines: Vec<String>,
        pub dirty: bool,
    }

    impl Buffer {
        pub fn new(name: &str) -> Buffer {
            Buffer { name: name.to_string(), lines: Vec::new(), dirty: false }
        }

        pub fn append(&mut self, line: &str) {
            self.lines.push(line.to_string());
            self.dirty = true;
        }

        pub fn longest(&self) -> &String {
            let mut best = &self.lines[0];
            for l in &self.lines {
                if l.len() > best.len() {
                    best = l;
                }
            }
            best
        }

        pub fn rename_from_first(&mut self) {
            let first = &self.lines[0];
            self.name.clear();
            self.lines.push(String::new()); //~ ERROR cannot borrow `self.lines` as mutable because it is also borrowed as immutable
            self.name.push_str(first);
        }

        pub fn swap_ends(&mut self) {
            let a = &mut self.lines;
            let b = &mut self.lines; //~ ERROR cannot borrow `self.lines` as mutable more than once at a time
            a.push(b.remove(0));
        }
    }

    pub fn merge(a: Buffer, b: Buffer) -> Buffer {
        let mut out = a;
        for l in b.lines {
            out.lines.push(l);
        }
        println!("merged {}", b.name);
        out.dirty = a.dirty; //~ ERROR use of moved value: `a`
        out
    }
}

mod cursor {
    pub enum Motion {
        Left(usize),
        Right(usize),
        Jump { line: usize, col: usize },
        Home,
        End,
    }

    pub struct Cursor {
        pub line: usize,
        pub col: usize,
    }

    pub fn apply(c: &mut Cursor, m: &Motion) {
        match m { //~ ERROR non-exhaustive patterns: `&Motion::End` not covered
            Motion::Left(n) => c.col -= n,
            Motion::Right(n) => c.col += n,
            Motion::Jump { line, col } => {
                c.line = *line;
                c.col = *col;
            }
            Motion::Home => c.col = 0,
        }
    }

    pub fn describe(m: &Motion) -> String {
        match m {
            Motion::Left(n, extra) => format!("left {}", n), //~ ERROR this pattern has 2 fields, but the corresponding tuple variant has 1 field
            Motion::Jump { line, column } => format!("jump {}", line), //~ ERROR variant `Motion::Jump` does not have a field named `column`
            //~| ERROR pattern does not mention field `col`
            _ => String::from("other"),
        }
    }

    pub fn step(c: Cursor) -> Cursor {
        let moved = c;
        let col = moved.col;
        // Fine here: the caller's `c` is moved in, and `main` is where it is used again.
        Cursor { line: moved.line, col: col + 1 }
    }

    pub fn distance(a: &Motion) -> usize {
        match a {
            Motion::Left(n) | Motion::Right(n) => *n,
            Motion::Jump { line, .. } => *line,
            Motion::Home | Motion::End => 0,
            Motion::Left(_) => 1, //~ WARN unreachable pattern
        }
    }
}

mod history {
    pub struct Undo {
        pub stack: Vec<String>,
        pub limit: usize,
    }

    pub fn record(u: &Undo, entry: String) {
        u.stack.push(entry); //~ ERROR cannot borrow `u.stack` as mutable, as it is behind a `&` reference
    }

    pub fn trim(u: &mut Undo) -> usize {
        let count = u.stack.len();
        let mut removed = 0;
        while u.stack.len() > u.limit {
            u.stack.remove(0);
            removed += 1;
        }
        let mut spare = 0; //~ WARN unused variable: `spare`
        //~| WARN variable does not need to be mutable
        count - removed
    }

    pub fn last(u: &Undo) -> Option<String> {
        let top = u.stack.last();
        match top {
            Some(s) => Some(s.clone()),
            None => None,
        }
    }
}

fn count_words(buf: &text::Buffer) -> usize {
    let total = 0;
    for l in &buf.lines {
        total += l.split(' ').count(); //~ ERROR cannot assign twice to immutable variable `total`
    }
    total
}

fn save(buf: text::Buffer) -> String {
    let name = buf.name;
    let size = buf.lines.len();
    let copy = buf; //~ ERROR use of partially moved value: `buf`
    format!("{} {} {}", name, size, copy.dirty)
}

fn tab_width(setting: Option<u8>) -> u8 {
    let width;
    match setting {
        Some(w) => width = w,
        None => width = 4,
    }
    let unused_default = 8; //~ WARN unused variable: `unused_default`
    width
}

fn main() {
    let buf = text::Buffer::new("notes.txt");
    buf.append("hello world"); //~ ERROR cannot borrow `buf` as mutable, as it is not declared as mutable
    let mut other = text::Buffer::new("scratch");
    other.append("x");
    println!("{}", buf.longest());
    let merged = text::merge(buf, other);
    println!("{}", count_words(&merged));
    let c = cursor::Cursor { line: 0, col: 0 };
    let c2 = cursor::step(c);
    println!("{} {}", c.line, c2.col); //~ ERROR borrow of moved value: `c`
    let mut u = history::Undo { stack: Vec::new(), limit: 2 };
    history::record(&u, String::from("a"));
    println!("{}", history::trim(&mut u));
    println!("{:?}", history::last(&u));
    println!("{}", tab_width(None));
    println!("{}", save(merged));
    let m = cursor::Motion::Home;
    println!("{} {}", cursor::describe(&m), cursor::distance(&m));
}
