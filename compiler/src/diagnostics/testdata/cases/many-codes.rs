struct S;
trait T { fn f(&self); }
impl T for S {}
fn g(a: i32) {}
fn main() {
    let a: i32 = "a";
    g();
    let b = undefined;
    let c = S.nope();
    let d: Foo = 1;
    let s = S { field: 1 };
    let x = 1; x = 2;
    let v = Vec::new();
    let r = &mut 1; let q = &*r; let _ = S + S;
}
struct S2 { a: i32 }
fn h() { let _ = S2 {}; }
