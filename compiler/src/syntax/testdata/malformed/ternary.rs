fn f(a: bool) -> u32 {
    a ? 1 : 2
}
