trait T { fn go(&self) {} }
impl T for u8 {}
impl T for u8 {}
fn main() {}
