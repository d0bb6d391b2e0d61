trait T {}
struct S;
impl impl T for S {}
