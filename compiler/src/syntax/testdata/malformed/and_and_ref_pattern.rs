fn f(x: &&u8) {
    let &&y = x;
    match x {
        &&0 => {}
        _ => {}
    }
}
