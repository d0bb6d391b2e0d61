fn f() {
    let x = Vec<u32>::new();
}
