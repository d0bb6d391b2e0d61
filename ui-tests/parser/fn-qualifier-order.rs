unsafe const fn danger() {} //~ ERROR expected one of `extern` or `fn`, found keyword `const`

fn main() {}
