// Once a NOTE or HELP is annotated, every NOTE or HELP of the file must be.
fn takes(a: i32, b: i32) -> i32 { //~ NOTE function defined here
    a + b
}

fn main() {
    takes(1); //~ ERROR this function takes 2 arguments but 1 argument was supplied
    //~^ NOTE argument #2 of type `i32` is missing
    //~| HELP provide the argument
}
