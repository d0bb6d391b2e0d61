enum E {
    A<T>(T),
}
