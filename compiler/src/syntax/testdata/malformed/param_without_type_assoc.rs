trait T { fn t((a, b)); fn u(&self, x); }
extern "C" { fn e(x); }
struct S;
impl S { fn m(&self, x) {} }
