#derive(Debug)
struct S;
