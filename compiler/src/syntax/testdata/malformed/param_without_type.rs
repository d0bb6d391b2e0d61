fn f(x) {}
fn g(a, b) {}
fn h(&x) {}
fn i(HashMap<u8>) {}
struct S;
impl S { fn m(x) {} }
trait T { fn t(x); }
fn j((a, b)) {}
