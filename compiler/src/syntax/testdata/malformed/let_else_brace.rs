fn f(c: bool) {
    let x = if c { 1 } else { 2 } else { return };
}
