// Free consts and statics are evaluated while the crate is checked, read or not (with
// `--emit metadata` too): a panic in an initializer is an error at the panic.

const LIMIT: u32 = panic!("the limit is not configured"); //~ ERROR evaluation panicked: the limit is not configured

mod config {
    pub const PORT: u16 = {
        let base: u16 = 8000;
        if base > 7000 {
            panic!("port out of range"); //~ ERROR evaluation panicked: port out of range
        }
        base
    };
}

const WIDTH: usize = 3;
const _: () = assert!(WIDTH * 2 == 5, "the grid must be odd"); //~ ERROR evaluation panicked: the grid must be odd

static NAMES: [&str; 2] = {
    assert!(WIDTH > 4); //~ ERROR evaluation panicked: assertion failed: WIDTH > 4
    ["a", "b"]
};

const FINE: u32 = 7 * 6;

fn main() {
    let _ = FINE;
}
