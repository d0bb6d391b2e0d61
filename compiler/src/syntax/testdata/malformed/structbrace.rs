struct S where T: Copy 5
