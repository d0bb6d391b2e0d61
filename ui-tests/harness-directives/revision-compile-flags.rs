// `//@[rev] compile-flags` changes one revision only.
//@ revisions: warn deny
//@[warn] check-pass
//@[deny] compile-flags: -D unused-variables
//@[warn] compile-flags: -W unused-variables

fn main() {
    let spare = 1;
    //[warn]~^ WARN unused variable: `spare`
    //[deny]~^^ ERROR unused variable: `spare`
}
