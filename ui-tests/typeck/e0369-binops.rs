// Binary operators on types that do not implement them.
struct Point {
    x: i32,
    y: i32,
}

struct Money(u64);

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 3, y: 4 };
    let c = a + b; //~ ERROR cannot add `Point` to `Point`
    let d = Money(1);
    let e = Money(2);
    if d == e {} //~ ERROR binary operation `==` cannot be applied to type `Money`
    let f = vec![1] + vec![2]; //~ ERROR cannot add `Vec<{integer}>` to `Vec<{integer}>`
    let g = Point { x: 0, y: 0 };
    let h = g < Point { x: 1, y: 1 }; //~ ERROR binary operation `<` cannot be applied to type `Point`
    let s = "a" + "b"; //~ ERROR cannot add `&str` to `&str`
}
