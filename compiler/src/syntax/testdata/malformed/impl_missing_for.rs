trait T {}
struct S;
impl T S {}
