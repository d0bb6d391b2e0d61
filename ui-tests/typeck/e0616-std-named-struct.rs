// E0616 names the struct as `def_path_str` does: with its module path when the bare name is also
// a std item (`std::io::Cursor`, `std::iter::Product`), never with generic arguments.
mod text {
    pub struct Cursor {
        pos: usize,
    }

    pub struct Product<T> {
        value: T,
    }

    pub struct Page {
        number: u32,
    }

    pub fn start() -> (Cursor, Product<u8>, Page) {
        (Cursor { pos: 0 }, Product { value: 1 }, Page { number: 1 })
    }
}

fn main() {
    let (c, p, g) = text::start();
    println!("{}", c.pos); //~ ERROR field `pos` of struct `text::Cursor` is private
    println!("{}", p.value); //~ ERROR field `value` of struct `text::Product` is private
    println!("{}", g.number); //~ ERROR field `number` of struct `Page` is private
}
