#![allow(unused)]
trait Tr {
    fn m(&self, u8);
}

fn bare_trait(x: &Tr) {}

fn async_ident() {
    let async = 1;
    let await = 2;
    let dyn = 3;
    let try = 4;
}

fn ranges(x: i32) {
    match x {
        0...9 => {}
        _ => {}
    }
}
