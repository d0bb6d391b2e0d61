fn f<T: ?'static>() {}
