fn f() {
    let x: = 5;
}
