fun foo() {}
