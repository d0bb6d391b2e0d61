pub(foo) struct S;
