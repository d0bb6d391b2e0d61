fn foo() {}
struct Bar;
fn foo() {}
struct Bar;
fn main() {}
