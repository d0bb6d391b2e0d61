fn f<T() {}
