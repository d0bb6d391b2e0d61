// A method named like a field: E0615 and parentheses to call it, with `_` for each argument.
// Trait methods count (the traits in scope at the field expression).

struct Meter {
    v: f64,
}

impl Meter {
    fn value(&self) -> f64 {
        self.v
    }
    fn scale(&self, k: f64, j: f64) -> f64 {
        self.v * k * j
    }
}

fn main() {
    let m = Meter { v: 1.0 };
    let a = m.value; //~ ERROR E0615
    let b = m.scale; //~ ERROR E0615
    let s = "abc";
    let n = s.len; //~ ERROR E0615
    let x = -3i32;
    let y = x.abs; //~ ERROR E0615
    let it = vec![1, 2].into_iter();
    let total: i32 = it.sum; //~ ERROR E0615
    let name: String = m.value; //~ ERROR E0615
    let w = m.weight; //~ ERROR E0609
}
