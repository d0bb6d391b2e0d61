// Operators between an integer and a float whose types are not known yet: rustc lists every
// number type's impls (all similar to an integer or float variable, `f16` and `f128` included)
// and `Add` says "cannot add a float to an integer". (One body, so that rustc's parallel front
// end reports in source order.)

fn main() {
    let _ = 1 + 2.0; //~ ERROR cannot add a float to an integer
    let _ = 2.5 + 1; //~ ERROR cannot add an integer to a float
    let count = 5;
    let _ = count * 0.5; //~ ERROR cannot multiply `{integer}` by `{float}`
    let mut total = 0.0;
    total += 1; //~ ERROR cannot add-assign `{integer}` to `{float}`
    let _ = 7 % 2.0; //~ ERROR cannot calculate the remainder of `{integer}` divided by `{float}`
}
