struct S;
impl S {
    pub f(&self) {}
}
