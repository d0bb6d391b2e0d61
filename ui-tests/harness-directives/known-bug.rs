// With `known-bug` the annotations are not checked (and none may be written); the output still is.
//@ known-bug: #1

fn main() {
    let v: Vec<i32> = Vec::new();
    let first: &str = v.first();
}
