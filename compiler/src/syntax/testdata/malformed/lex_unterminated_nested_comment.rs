fn f() {}
/* outer /* inner */
