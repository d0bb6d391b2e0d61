const foo() {}
