enum E { A(u8), B(u8) }
fn f(e: E) {
    let E::A(x) | E::B(x) = e;
}
