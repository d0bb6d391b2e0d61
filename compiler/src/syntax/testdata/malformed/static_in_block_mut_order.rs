//@ parse-errors: 2 (the rest are later phases')
fn f() {
    static mut mut X: u8 = 1;
}
