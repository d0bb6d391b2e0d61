// Calling something that is not a function.
const LIMIT: i32 = 10;
struct Unit;
struct Wrapper(u8);
mod m {
    pub static S: u8 = 1;
    pub enum K {
        A,
        B(u8),
    }
}

fn main() {
    let a = LIMIT(1); //~ ERROR expected function, found `i32`
    let b = Unit(2); //~ ERROR expected function, found `Unit`
    let c = m::S(); //~ ERROR expected function, found `u8`
    let d = m::K::A(3); //~ ERROR expected function, found `K`
    let x = 5;
    let e = x(); //~ ERROR expected function, found `{integer}`
    let g = Unit(); //~ ERROR expected function, found struct `Unit`
    let h = m::K::A(); //~ ERROR expected function, found enum variant `m::K::A`
    let w = Wrapper(1);
    let i = w(2); //~ ERROR expected function, found `Wrapper`
}
