fn f<'1a>() {}
