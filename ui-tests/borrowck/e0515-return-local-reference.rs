// Returning a reference into the function's own data (E0515): a reference to a local, to a field
// of one ("local data `p.name`"), a slice of one and a method result that borrows from it, from
// the tail, a `return` and both branches of an `if`. Valid: references into parameters, results
// whose lifetime is `'static` or another than the receiver's.
struct P {
    name: String,
}

enum Kind {
    A,
}

impl Kind {
    fn name(&self) -> &'static str {
        match self {
            Kind::A => "a",
        }
    }
}

struct Parser<'a> {
    src: &'a str,
}

impl<'a> Parser<'a> {
    fn src(&self) -> &'a str {
        self.src
    }
}

fn first_word(v: &Vec<String>) -> &str {
    let s = v[0].clone();
    &s //~ ERROR cannot return reference to local variable `s`
}

fn make() -> &'static [i32] {
    let v = vec![1, 2];
    &v[..] //~ ERROR cannot return value referencing local variable `v`
}

fn upper(p: &String) -> &str {
    let owned = p.to_uppercase();
    owned.as_str() //~ ERROR cannot return value referencing local variable `owned`
}

fn early(v: &Vec<i32>) -> &i32 {
    let x = v[0] + 1;
    if x > 3 {
        return &x; //~ ERROR cannot return reference to local variable `x`
    }
    &v[0]
}

fn field() -> &'static str {
    let p = P { name: String::from("x") };
    &p.name //~ ERROR cannot return reference to local data `p.name`
}

fn branch(c: bool) -> &'static String {
    let a = String::new();
    if c { &a } else { &a }
    //~^ ERROR cannot return reference to local variable `a`
    //~| ERROR cannot return reference to local variable `a`
}

fn label() -> &'static str {
    let k = Kind::A;
    k.name()
}

fn from_parser(s: &str) -> &str {
    let p = Parser { src: s };
    p.src()
}

fn main() {
    let v = vec![String::from("a")];
    println!("{} {:?} {} {}", first_word(&v), make(), upper(&v[0]), early(&vec![1]));
    println!("{} {} {} {}", field(), branch(true), label(), from_parser("y"));
}
