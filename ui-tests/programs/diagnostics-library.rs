// A library catalogue in the middle of a refactoring: items moved between modules, imports not
// yet updated, fields made private. Resolution, import and privacy errors come first; early lints
// (imports, parentheses, loops, type names) still come out, but the late lints (dead code,
// naming of values, unused results) do not, because the crate has errors.
#![warn(unused_imports, unused_parens, while_true, dead_code, unused_must_use)]

use std::collections::HashMap; //~ WARN unused import: `std::collections::HashMap`
use catalog::Shelf; //~ ERROR unresolved import `catalog::Shelf`
use members::{Member, Badge}; //~ ERROR unresolved import `members::Badge`

mod catalog {
    pub struct Book {
        pub title: String,
        pub year: u16,
        isbn: String,
    }

    impl Book {
        pub fn new(title: &str, year: u16) -> Book {
            Book { title: title.to_string(), year, isbn: String::new() }
        }

        fn checksum(&self) -> u32 {
            self.isbn.len() as u32
        }

        pub fn label(&self) -> String {
            format!("{} ({})", self.title, self.year)
        }
    }

    mod storage {
        pub struct Vault {
            pub rooms: u8,
        }

        pub fn open_vault() -> Vault {
            Vault { rooms: 2 }
        }
    }

    pub mod shelves {
        use std::fmt::Debug; //~ WARN unused import: `std::fmt::Debug`

        pub struct Row {
            pub books: Vec<super::Book>,
        }

        pub fn total(rows: &[Row]) -> usize {
            let mut n = 0;
            for r in rows {
                n += r.books.len();
            }
            n
        }
    }

    // Not reported: late lints do not run when the crate has errors.
    pub const default_shelf: usize = 3;
}

mod members {
    pub struct Member {
        pub name: String,
        pub(crate) id: u32,
        fines: u32,
    }

    impl Member {
        pub fn new(name: &str, id: u32) -> Member {
            Member { name: name.to_string(), id, fines: 0 }
        }

        fn waive(&mut self) {
            self.fines = 0;
        }

        pub fn owes(&self) -> bool {
            self.fines > 0
        }
    }

    pub fn find(list: &[Member], id: u32) -> Option<&Member> {
        for m in list {
            if (m.id == id) { //~ WARN unnecessary parentheses around `if` condition
                return Some(m);
            }
        }
        None
    }

    pub fn fine_all(list: &mut Vec<Member>, amount: u32) {
        for m in list.iter_mut() {
            m.fines += amont; //~ ERROR cannot find value `amont` in this scope
        }
    }
}

struct loan_record { //~ WARN type `loan_record` should have an upper camel case name
    book: String,
    member: u32,
    days: u32,
}

fn overdue(records: &[loan_record], limit: u32) -> Vec<&loan_record> {
    let mut out = Vec::new();
    for r in records {
        if r.days > limit {
            out.push(r);
        }
    }
    out
}

fn parse_days(text: &str) -> Result<u32, String> {
    if text.is_empty() {
        return Err(String::from("no days"));
    }
    Ok(text.len() as u32)
}

fn summary(rec: &loan_record) -> Summary { //~ ERROR cannot find type `Summary` in this scope
    rec.days
}

fn weekly_report(records: &[loan_record]) -> u32 {
    let mut total = 0;
    let mut week = 0;
    while true { //~ WARN denote infinite loops with `loop { ... }`
        week += 1;
        if week > 7 {
            break;
        }
        total += records.len() as u32;
    }
    total
}

fn restock(rows: &mut Vec<catalog::shelves::Row>) {
    let vault = catalog::storage::open_vault(); //~ ERROR module `storage` is private
    let extra = warehouse::count(vault.rooms); //~ ERROR cannot find module or crate `warehouse` in this scope
    for _ in 0..extra {
        rows.push(catalog::shelves::Row { books: Vec::new() });
    }
}

fn check_member(m: &members::Member) -> u32 {
    // Not reported: unused_must_use is a late lint.
    parse_days("abc");
    m.fines //~ ERROR field `fines` of struct `Member` is private
}

fn main() {
    let book = catalog::Book::new("Dune", 1965);
    println!("{}", book.label());
    println!("{}", book.isbn); //~ ERROR field `isbn` of struct `Book` is private
    println!("{}", book.checksum()); //~ ERROR method `checksum` is private
    let mut people = vec![Member::new("ana", 1), Member::new("bo", 2)];
    members::fine_all(&mut people, 5);
    people[0].waive(); //~ ERROR method `waive` is private
    if let Some(m) = members::find(&people, 2) {
        println!("{} owes: {}", m.name, m.owes());
        println!("{}", check_member(m));
    }
    let records = vec![loan_record { book: String::from("Dune"), member: 1, days: 30 }];
    println!("{}", overdue(&records, 14).len());
    println!("{}", weekly_report(&records));
    let mut rows = Vec::new();
    restock(&mut rows);
    println!("{}", catalog::shelves::total(&rows));
    println!("{}", catalog::DEFAULT_SHELF); //~ ERROR cannot find value `DEFAULT_SHELF` in module `catalog`
    let fee = late_fee(30); //~ ERROR cannot find function `late_fee` in this scope
    println!("{}", summary(&records[0]));
}
