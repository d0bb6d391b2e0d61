// E0106 comes out among the item's other resolution errors; elision that works (one input
// lifetime, `&self`) is not an error; a signature with an error lifetime gets no unused warnings
// in its body, other bodies still do.
#![warn(unused_variables)]

struct Inventory {
    names: Vec<String>,
}

impl Inventory {
    fn first(&self, fallback: &str) -> &str {
        let _ = fallback;
        self.names.first().map(|s| s.as_str()).unwrap_or("none")
    }
}

fn trim(s: &str) -> &str {
    s.trim()
}

fn merge(a: &Missing, b: &str) -> &str { //~ ERROR cannot find type `Missing` in this scope
    //~^ ERROR missing lifetime specifier
    let unused = 1;
    b
}

fn count(items: &[u32]) -> usize {
    let spare = 0; //~ WARN unused variable: `spare`
    items.len()
}

fn main() {
    let inv = Inventory { names: vec![] };
    println!("{} {} {}", inv.first("none"), trim(" x "), count(&[1]));
}
