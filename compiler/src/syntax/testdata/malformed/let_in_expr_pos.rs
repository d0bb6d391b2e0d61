fn f(x: Option<u8>) {
    let y = let Some(z) = x;
}
