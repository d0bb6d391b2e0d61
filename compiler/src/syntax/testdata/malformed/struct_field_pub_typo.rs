struct S {
    pub a: u8,
    pub(crate b: u8,
}
