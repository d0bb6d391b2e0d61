async fn f(x: u8) {
    await!(x);
}
