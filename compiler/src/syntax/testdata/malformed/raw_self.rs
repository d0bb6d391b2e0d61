fn f() {
    let r#self = 1;
}
