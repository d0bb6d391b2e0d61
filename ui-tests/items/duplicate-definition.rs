fn helper() {}
fn helper() {} //~ ERROR the name `helper` is defined multiple times

fn main() {}
