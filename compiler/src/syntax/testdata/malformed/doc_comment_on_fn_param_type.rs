fn f(x: /// doc
 u8) {}
