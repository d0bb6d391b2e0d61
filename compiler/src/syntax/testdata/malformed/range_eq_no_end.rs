fn f() {
    let r = 0..=;
}
