fn f() {
    let s = r#"abc"##;
}
