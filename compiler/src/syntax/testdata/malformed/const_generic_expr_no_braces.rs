struct A<const N: usize>;
fn f() {
    let a: A<1 + 1>;
}
