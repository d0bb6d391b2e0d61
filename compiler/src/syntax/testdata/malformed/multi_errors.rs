fn main() {
    if x < y < z {}
    foo(;
}
struct S { a: u32; b: u32 }
