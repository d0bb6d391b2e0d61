fn f() {
    var x = 1;
    auto y = 2;
    mut z = 3;
}
