enum E {
    A;
    B,
}
