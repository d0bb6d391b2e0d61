fn f() -> Vec<u32 {
    Vec::new()
}
