fn f(v: Vec<u8>) {
    let x = v.iter().collect<Vec<_>>();
}
