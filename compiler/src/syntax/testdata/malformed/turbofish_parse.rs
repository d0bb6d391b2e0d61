fn f() {
    let n = "5".parse<i32>();
}
