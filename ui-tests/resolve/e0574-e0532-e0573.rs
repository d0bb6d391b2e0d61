// Paths that resolve, but to the wrong kind of thing.
fn helper() -> i32 {
    1
}
const LIMIT: i32 = 3;
mod shapes {
    pub fn square() {}
}
enum Op {
    Add,
    Neg(i32),
}

fn check(x: helper) -> LIMIT { //~ ERROR expected type, found function `helper`
//~| ERROR expected type, found constant `LIMIT`
    0
}

fn main() {
    let a = helper { value: 1 }; //~ ERROR expected struct, variant or union type, found function `helper`
    let b = shapes::square { side: 2 }; //~ ERROR expected struct, variant or union type, found function `shapes::square`
    let v = Some(3);
    match v {
        helper(n) => {} //~ ERROR expected a pattern, found a function call
        _ => {}
    }
    match Op::Add {
        Op::Add => {}
        LIMIT(x) => {} //~ ERROR expected tuple struct or tuple variant, found constant `LIMIT`
        _ => {}
    }
    let t: shapes = 1; //~ ERROR expected type, found module `shapes`
}
