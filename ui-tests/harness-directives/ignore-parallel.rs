// Skipped under the parallel front end, run in serial mode.
//@ ignore-parallel-frontend the output of this fixture is not checked with several threads
//@ check-pass

fn main() {}
