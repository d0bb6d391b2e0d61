#[derive(Debug]
struct S;
