fn main() {
    let f = r#"abc"#;
    /* nested /* comment */
}
