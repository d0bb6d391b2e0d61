fn main() {
 let a = r#"abc"#;
 let b = r#"x
}
