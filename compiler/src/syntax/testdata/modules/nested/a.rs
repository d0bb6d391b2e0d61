mod d;
fn f() { let = 5; }
