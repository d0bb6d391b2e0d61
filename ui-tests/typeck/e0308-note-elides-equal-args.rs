// In the "expected .., found .." note, rustc shows the arguments two sides of the same type
// share as `_`, and compares a reference with a value by what they point at.

use std::collections::HashMap;

fn show(names: &Vec<String>) -> usize {
    names.len()
}

fn main() {
    let _m: HashMap<String, i32> = HashMap::<String, u32>::new(); //~ ERROR E0308
    let _r: Result<i32, String> = Ok::<u32, String>(1); //~ ERROR E0308
    let names = vec![String::new()];
    let _ = show(names); //~ ERROR E0308
    let _o: Option<Vec<u8>> = Some(vec![1i32]); //~ ERROR E0308
}
