// Several resolution errors in one file: the order of diagnostics matters in parallel mode.
fn first() -> i32 {
    alpha //~ ERROR cannot find value `alpha` in this scope
}

fn second() -> i32 {
    beta + 1 //~ ERROR cannot find value `beta` in this scope
}

fn third(v: Vecc<i32>) {} //~ ERROR cannot find type `Vecc` in this scope

fn main() {
    first();
    second();
}
