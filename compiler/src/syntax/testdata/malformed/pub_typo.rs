public fn foo() {}
