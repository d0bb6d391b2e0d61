fn f<T, 5>() {}
