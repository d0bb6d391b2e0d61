pub S<T> = 5;
