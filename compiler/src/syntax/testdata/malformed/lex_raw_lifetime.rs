fn f<'r#a>() {}
