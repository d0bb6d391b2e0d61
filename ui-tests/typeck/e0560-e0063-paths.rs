// E0560/E0559/E0063 name the type as rustc prints it: with its module path when the bare name is
// also a std item (`Product`, `Option`), with inferred arguments in the message and unresolved
// ones in the label, and the enum (not the variant) in "missing field".
mod shop {
    pub struct Product<T> {
        pub price: T,
    }
    pub enum Option {
        Some { n: i32 },
    }
    pub enum Shape {
        Square { side: i32 },
    }
}

fn main() {
    let a = shop::Product { price: 1, weight: 2 }; //~ ERROR struct `shop::Product<{integer}>` has no field named `weight`
    let b: shop::Product<i32> = shop::Product {}; //~ ERROR missing field `price` in initializer of `shop::Product<_>`
    let c = shop::Option::Some { n: 1, m: 2 }; //~ ERROR variant `shop::Option::Some` has no field named `m`
    let d = shop::Option::Some {}; //~ ERROR missing field `n` in initializer of `shop::Option`
    let e = shop::Shape::Square { side: 1, angle: 2 }; //~ ERROR variant `Shape::Square` has no field named `angle`
    let f = shop::Shape::Square {}; //~ ERROR missing field `side` in initializer of `Shape`
}
