// A local type named like a std item (`std::io::Cursor`) is printed with its path in borrowck's
// notes: the bare name is not unique.
mod editor {
    pub struct Cursor {
        pub line: usize,
    }

    pub fn advance(c: Cursor) -> usize {
        c.line + 1
    }
}

fn main() {
    let c = editor::Cursor { line: 0 };
    let next = editor::advance(c);
    println!("{} {}", next, c.line); //~ ERROR borrow of moved value: `c`
}
