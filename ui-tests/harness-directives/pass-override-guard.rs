// `--pass` never changes this fixture's mode.
//@ check-pass
//@ no-pass-override

fn main() {}
