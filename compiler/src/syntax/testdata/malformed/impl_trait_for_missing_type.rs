trait T {}
impl T for {}
