fn f() {
    println!("x";
}
