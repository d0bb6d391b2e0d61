fn f() {
    let g = move async || 1;
}
