// "method not found for this struct" underlines the struct's head as rustc's `def_span` does:
// up to its name and generics, without a tuple struct's fields or a unit struct's `;`.
pub struct Cents(pub i64);
pub struct Pair<T>(pub T, pub T);
struct Marker;
pub struct Bounded<T: Clone> where T: Copy {
    pub v: T,
}

fn main() {
    let c = Cents(1);
    c.round(); //~ ERROR no method named `round` found for struct `Cents` in the current scope
    let p = Pair(1, 2);
    p.swap(); //~ ERROR no method named `swap` found for struct `Pair<T>` in the current scope
    Marker.tag(); //~ ERROR no method named `tag` found for struct `Marker` in the current scope
    let b = Bounded { v: 1 };
    b.value(); //~ ERROR no method named `value` found for struct `Bounded<T>` in the current scope
    Cents::zero(); //~ ERROR no function or associated item named `zero` found for struct `Cents` in the current scope
}
