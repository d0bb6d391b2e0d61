struct S;
impl for S {}
