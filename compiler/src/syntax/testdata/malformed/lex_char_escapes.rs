fn f() {
    let a = '\u{D800}';
    let b = '\u{FFFFFF}';
    let c = '\u{_1}';
    let d = '\u1234';
    let e = '\x';
    let f = '\u{1234';
    let g = '\';
}
