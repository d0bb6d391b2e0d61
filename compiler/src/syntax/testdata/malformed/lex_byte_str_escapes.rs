fn f() {
    let a = b"\u{41}";
    let b = b"\xFF";
    let c = "\xFF";
    let d = c"\0";
    let e = c"\u{0}";
}
