#[path = "aux/lib_fn.rs"]
mod lib_fn;
fn main() {
    let n: u64 = lib_fn::answer();
    let _ = n;
}
