fn f() {
    let c = 'a;
    let d = ['b, 'c];
}
