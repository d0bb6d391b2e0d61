// `std::cell`: `Cell` and `RefCell` through `Rc`, their methods' bounds (`Cell::get` needs
// `Copy`), a method of the content called on the `RefCell` itself (`.borrow()` or
// `.borrow_mut()` suggested), and missing arguments of generic methods.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

struct Counter {
    hits: Cell<u32>,
    log: RefCell<Vec<String>>,
}

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    shared.push(3); //~ ERROR E0599
    shared.borrow_mut().push(3);
    let cell = RefCell::new(vec![1]);
    cell.push(2); //~ ERROR E0599
    let n: usize = cell.len(); //~ ERROR E0599
    let c = Counter { hits: Cell::new(0), log: RefCell::new(Vec::new()) };
    c.hits.set(c.hits.get() + 1);
    let total: u8 = c.hits.get(); //~ ERROR E0308
    let r: u32 = c.log.borrow().len(); //~ ERROR E0308
    c.log.borrow_mut().push(String::from("x"));
    let words = Cell::new(String::new());
    let w = words.get(); //~ ERROR E0599
    let _k = RefCell::new(1, 2); //~ ERROR E0061
    let first: u8 = RefCell::new(1u8).borrow(); //~ ERROR E0308
    // A missing argument's placeholder is the parameter's name when its type cannot be written.
    Cell::new(5).set(); //~ ERROR E0061
    Cell::new(6).update(); //~ ERROR E0061
    println!("{} {} {} {} {:?} {}", n, total, r, w, c.log, first);
}
