fn f() {
    let x = box 5;
}
