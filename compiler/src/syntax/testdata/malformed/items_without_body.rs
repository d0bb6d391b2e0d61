fn compute(x: i32) -> i32;
struct S;
impl S {
    fn m(&self);
}
const C: u8;
static D: u8;
pub fn g()
;
