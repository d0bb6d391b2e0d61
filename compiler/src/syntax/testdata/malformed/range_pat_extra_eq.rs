fn f(x: u8) {
    match x {
        0..==5 => {}
        _ => {}
    }
}
