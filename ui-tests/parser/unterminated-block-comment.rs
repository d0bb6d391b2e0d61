fn main() {}

/* this comment /* nests */ but never ends
//~^ ERROR unterminated block comment
