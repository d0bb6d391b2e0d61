fn f(x: u8) {
    match x {
        ..5 => {}
        5.. => {}
    }
}
