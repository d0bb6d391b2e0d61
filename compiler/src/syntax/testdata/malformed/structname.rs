struct S = 5;
