//@ check-pass

mod limits {
    pub const maxItems: usize = 4; //~ WARN constant `maxItems` should have an upper case name
    pub const MIN_ITEMS: usize = 1;
}

fn main() {
    println!("{} {}", limits::maxItems, limits::MIN_ITEMS);
}
