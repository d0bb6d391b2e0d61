fn f<'fn>() {}
