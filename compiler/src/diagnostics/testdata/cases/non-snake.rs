fn FooBar() {}
struct my_struct;
fn main() {
    let MyVar = 1;
    let _ = MyVar;
    FooBar();
    let _ = my_struct;
}
