//@ parse-errors: 14 (the rest are later phases')
fn main() {
    let a = '\q';
    let b = "\u{110000} \x80 \u12";
    let c = b'é';
    let d = '';
    let e = 'ab';
    let f = 0b102;
    let g = 0x;
    let h = 1e;
    let i = 0x1.5;
    let j = 1_u7;
    let k = "a"suf;
    let l = b"\u{41}";
    let m = '\u{}';
    let n = '\x8';
}
