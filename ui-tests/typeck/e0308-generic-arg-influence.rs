// An argument whose parameter is a generic parameter that the callee's return type contains
// (`Some(x)`, `Ok(x)`, `id(x)`, a method returning `Wrap<T>`): the expected type flows from the
// call's expectation into the argument, and rustc adds that the argument's type is what made the
// call's type differ. Not for a type-relative path (`Box::new`), nor for `()`-returning methods.
fn id<T>(t: T) -> T {
    t
}

struct Wrap<T>(T);

impl<T> Wrap<T> {
    fn replace(&self, t: T) -> Wrap<T> {
        Wrap(t)
    }
    fn put(&mut self, t: T) {
        self.0 = t;
    }
}

fn parse(s: &str) -> Result<u32, String> {
    if s.is_empty() {
        return Err(5); //~ ERROR mismatched types
    }
    Ok(s.len()) //~ ERROR mismatched types
}

fn main() {
    let x: u8 = 3;
    let a: u16 = id(x); //~ ERROR mismatched types
    let o: Option<&u16> = Some(&x); //~ ERROR mismatched types
    let e: Option<Option<u16>> = Some(Some(x)); //~ ERROR mismatched types
    let w = Wrap(1u8);
    let c: Wrap<u8> = w.replace(2u32); //~ ERROR mismatched types
    let mut m = Wrap(2u8);
    m.put("no"); //~ ERROR mismatched types
    let d: Box<u16> = Box::new(x); //~ ERROR mismatched types
    let f: Wrap<u32> = Wrap(x); //~ ERROR mismatched types
    let q: Result<u16, ()> = Err(x); //~ ERROR mismatched types
    println!("{} {:?} {:?}", a, o, parse("x"));
    let _ = (c.0, d, e.is_some(), f.0, q);
}
