unsafe async fn g() {}
