fn f<T: Clone +>() {}
