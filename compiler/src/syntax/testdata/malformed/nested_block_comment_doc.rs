/** outer /* nested */ still */
fn f() {}
