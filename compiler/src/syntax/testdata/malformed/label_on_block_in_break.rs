fn f() {
    loop {
        break 'a: loop {};
    }
}
