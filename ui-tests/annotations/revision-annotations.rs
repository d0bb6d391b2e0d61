// An annotation can name several revisions.
//@ revisions: one two

fn main() {
    let a: i32 = "x"; //[one,two]~ ERROR mismatched types
    #[cfg(two)]
    let b: i32 = 'y'; //[two]~ ERROR mismatched types
}
