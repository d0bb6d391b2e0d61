fn f() {
    let s = foo"bar";
    let t = z'a';
}
