//@ parse-errors: 1 (the rest are later phases')
//@ keep-warnings
fn f() {
    let a = "abc\

    def";
}
