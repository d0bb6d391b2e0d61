pub(crate struct S;
