//@ parse-errors: 1 (the rest are later phases')
extern crate foo-bar;
