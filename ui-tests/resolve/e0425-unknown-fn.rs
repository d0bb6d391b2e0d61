// An unknown function in call position: the error comes out with the body's type errors,
// at the point where type checking reaches the call.
fn check(x: i32) -> bool {
    let flag: bool = x; //~ ERROR mismatched types
    validate(x); //~ ERROR cannot find function `validate` in this scope
    let y: u8 = "nine"; //~ ERROR mismatched types
    flag
}

fn main() {
    check(1);
    helper(); //~ ERROR cannot find function `helper` in this scope
}
