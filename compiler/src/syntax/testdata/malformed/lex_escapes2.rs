//@ keep-warnings
fn main() {
    let a = "abc\
      def";
    let b = "\

  x";
    let c = b"\xff\u{1}é";
    let d = br"é";
    let e = c"a\0b";
    let f = r##"abc"#;
}
