fn f(x: u8) {
    match x {
        0..=> {}
    }
}
