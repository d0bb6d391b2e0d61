fn f() {
    let c = 'ab;
}
