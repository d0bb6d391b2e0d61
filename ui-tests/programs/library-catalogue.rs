//@ run-pass
//@ check-run-results
// A library catalogue: books and members in HashMaps keyed by ids, loans with due dates, an error
// enum with From conversions so that `?` converts parse errors, Option combinators (and_then,
// map_or, filter), commands parsed from text lines, and reports sorted by several keys.
use std::collections::HashMap;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug, Clone)]
struct Book {
    isbn: u32,
    title: String,
    author: String,
    year: u16,
    copies: u8,
    on_loan: u8,
}

#[derive(Debug)]
struct Member {
    name: String,
    loans: Vec<(u32, u32)>,
    fines: u32,
}

#[derive(Debug)]
enum LibError {
    NoSuchBook(u32),
    NoSuchMember(String),
    NoCopies(String),
    LimitReached { member: String, limit: usize },
    NotBorrowed(u32),
    BadCommand(String),
    BadNumber(ParseIntError),
}

impl From<ParseIntError> for LibError {
    fn from(e: ParseIntError) -> Self {
        LibError::BadNumber(e)
    }
}

impl fmt::Display for LibError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LibError::NoSuchBook(isbn) => write!(f, "no book {}", isbn),
            LibError::NoSuchMember(m) => write!(f, "no member {}", m),
            LibError::NoCopies(t) => write!(f, "all copies of {:?} are out", t),
            LibError::LimitReached { member, limit } => write!(f, "{} already has {} books", member, limit),
            LibError::NotBorrowed(isbn) => write!(f, "book {} was not borrowed", isbn),
            LibError::BadCommand(c) => write!(f, "cannot parse {:?}", c),
            LibError::BadNumber(e) => write!(f, "bad number: {}", e),
        }
    }
}

const LOAN_LIMIT: usize = 2;
const LOAN_DAYS: u32 = 14;
const FINE_PER_DAY: u32 = 25;

struct Library {
    books: HashMap<u32, Book>,
    members: HashMap<String, Member>,
}

impl Library {
    fn add_book(&mut self, isbn: u32, title: &str, author: &str, year: u16, copies: u8) {
        let book = Book { isbn, title: title.into(), author: author.into(), year, copies, on_loan: 0 };
        self.books.insert(isbn, book);
    }

    fn member(&mut self, name: &str) -> Result<&mut Member, LibError> {
        self.members.get_mut(name).ok_or_else(|| LibError::NoSuchMember(name.to_string()))
    }

    fn borrow(&mut self, name: &str, isbn: u32, day: u32) -> Result<String, LibError> {
        let count = self.member(name)?.loans.len();
        if count >= LOAN_LIMIT {
            return Err(LibError::LimitReached { member: name.to_string(), limit: LOAN_LIMIT });
        }
        let book = self.books.get_mut(&isbn).ok_or(LibError::NoSuchBook(isbn))?;
        if book.on_loan == book.copies {
            return Err(LibError::NoCopies(book.title.clone()));
        }
        book.on_loan += 1;
        let title = book.title.clone();
        self.member(name)?.loans.push((isbn, day + LOAN_DAYS));
        Ok(format!("{} borrows {:?}, due day {}", name, title, day + LOAN_DAYS))
    }

    fn give_back(&mut self, name: &str, isbn: u32, day: u32) -> Result<String, LibError> {
        let member = self.member(name)?;
        let pos = member.loans.iter().position(|&(i, _)| i == isbn).ok_or(LibError::NotBorrowed(isbn))?;
        let (_, due) = member.loans.remove(pos);
        let late = day.saturating_sub(due);
        member.fines += late * FINE_PER_DAY;
        if let Some(book) = self.books.get_mut(&isbn) {
            book.on_loan -= 1;
        }
        Ok(match late {
            0 => format!("{} returns {} on time", name, isbn),
            n => format!("{} returns {} {} day(s) late", name, isbn, n),
        })
    }

    fn execute(&mut self, line: &str) -> Result<String, LibError> {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts.as_slice() {
            ["join", name] => {
                self.members.insert(name.to_string(), Member { name: name.to_string(), loans: vec![], fines: 0 });
                Ok(format!("welcome {}", name))
            }
            ["borrow", name, isbn, day] => self.borrow(name, isbn.parse()?, day.parse()?),
            ["return", name, isbn, day] => self.give_back(name, isbn.parse()?, day.parse()?),
            ["find", words @ ..] => {
                let needle = words.join(" ").to_lowercase();
                let hit = self.books.values().filter(|b| b.title.to_lowercase().contains(&needle)).min_by_key(|b| b.year);
                Ok(hit.map_or("nothing found".to_string(), |b| format!("found {} ({}, {})", b.title, b.author, b.year)))
            }
            _ => Err(LibError::BadCommand(line.to_string())),
        }
    }
}

fn oldest_available(lib: &Library, author: &str) -> Option<String> {
    lib.books
        .values()
        .filter(|b| b.author == author)
        .filter(|b| b.on_loan < b.copies)
        .min_by_key(|b| b.year)
        .map(|b| b.title.clone())
}

fn main() {
    let mut lib = Library { books: HashMap::new(), members: HashMap::new() };
    lib.add_book(101, "The Left Hand of Darkness", "Le Guin", 1969, 2);
    lib.add_book(102, "A Wizard of Earthsea", "Le Guin", 1968, 1);
    lib.add_book(103, "The Dispossessed", "Le Guin", 1974, 1);
    lib.add_book(201, "Foundation", "Asimov", 1951, 1);
    lib.add_book(202, "The Gods Themselves", "Asimov", 1972, 3);
    let script = [
        "join ana", "join ben", "borrow ana 102 1", "borrow ben 102 2", "borrow ben 201 2",
        "borrow ana 101 3", "borrow ana 202 4", "borrow cat 101 4", "borrow ben 999 5",
        "return ana 102 20", "return ben 201 10", "return ben 201 11", "borrow ben 102 x",
        "borrow ben 102 21", "find gods", "find earth", "find nothing here", "lend ana 101",
        "return ana 101 40",
    ];
    let mut failures = 0;
    for line in script.iter() {
        match lib.execute(line) {
            Ok(msg) => println!("ok   {}", msg),
            Err(e) => {
                failures += 1;
                println!("err  {:<20} {}", line, e);
            }
        }
    }
    println!("{} of {} commands failed", failures, script.len());
    let mut members: Vec<&Member> = lib.members.values().collect();
    members.sort_by(|a, b| b.fines.cmp(&a.fines).then(a.name.cmp(&b.name)));
    for m in members {
        let loans: Vec<String> = m.loans.iter().map(|(i, due)| format!("{}@{}", i, due)).collect();
        println!("{:<4} fines ${}.{:02} loans [{}]", m.name, m.fines / 100, m.fines % 100, loans.join(", "));
    }
    let mut books: Vec<&Book> = lib.books.values().collect();
    books.sort_by_key(|b| (b.author.clone(), b.year));
    for b in &books {
        println!("{:>3} {:<26} {:<7} {} {}/{}", b.isbn, b.title, b.author, b.year, b.copies - b.on_loan, b.copies);
    }
    for author in ["Le Guin", "Asimov", "Herbert"] {
        println!("oldest available by {}: {:?}", author, oldest_available(&lib, author));
    }
    let decade = |y: u16| y / 10 * 10;
    let sixties = lib.books.values().filter(|b| decade(b.year) == 1960).count();
    println!("books from the 1960s: {}", sixties);
}
