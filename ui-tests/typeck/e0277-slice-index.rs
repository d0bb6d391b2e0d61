// Indexing with an index type that is not `usize`.
fn main() {
    let v: Vec<i32> = vec![1, 2];
    let idx: i32 = 0;
    let first = v[idx]; //~ ERROR the type `[i32]` cannot be indexed by `i32`
    let arr = [1u8, 2, 3];
    let i: u32 = 1;
    let second = arr[i]; //~ ERROR the type `[u8]` cannot be indexed by `u32`
}
