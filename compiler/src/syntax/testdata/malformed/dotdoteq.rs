fn f(x: u32) {
    match x {
        1...5 => {}
        _ => {}
    }
}
