fn f() {
    let x = struct;
}
