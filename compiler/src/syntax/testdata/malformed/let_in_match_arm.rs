fn f(x: Option<u8>) {
    match 1 {
        _ => let y = 1,
    }
}
