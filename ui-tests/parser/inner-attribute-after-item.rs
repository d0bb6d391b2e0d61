fn helper() {}

#![allow(dead_code)] //~ ERROR an inner attribute is not permitted in this context

fn main() {
    helper();
}
