pub fn f() {}
pub
