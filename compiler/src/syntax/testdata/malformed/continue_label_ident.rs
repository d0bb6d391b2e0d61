fn f() {
    'a: loop {
        continue a;
    }
}
