// A literal of the wrong kind: a one-ASCII-character `'c'` where a `u8` is expected (prefix with
// `b`), a one-character string where a `char` is (single quotes), and a character where a `&str`
// is (double quotes). Longer strings, non-ASCII characters and `\u{..}` escapes get no suggestion.
fn takes_char(c: char) -> char {
    c
}

fn takes_str(s: &str) -> usize {
    s.len()
}

fn main() {
    let a: u8 = 'x'; //~ ERROR mismatched types
    let b: char = "y"; //~ ERROR mismatched types
    let c: &str = 'z'; //~ ERROR mismatched types
    let d: char = "yz"; //~ ERROR mismatched types
    let e: u8 = 'é'; //~ ERROR mismatched types
    let f: &'static str = '\n'; //~ ERROR mismatched types
    takes_char("q"); //~ ERROR mismatched types
    takes_str('q'); //~ ERROR mismatched types
    let g: u8 = '\''; //~ ERROR mismatched types
    let h: u8 = '\u{41}'; //~ ERROR mismatched types
    let i: char = "\""; //~ ERROR mismatched types
    let _ = (a, b, c, d, e, f, g, h, i);
}
