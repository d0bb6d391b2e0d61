fn f() {
    let a = "\q \a \e";
}
