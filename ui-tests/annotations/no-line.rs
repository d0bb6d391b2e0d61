// A question-mark annotation matches diagnostics without a span in this file: here, a bad
// command-line lint name (reported three times: `-Z deduplicate-diagnostics=no` keeps the duplicates).
//@ check-pass
//@ compile-flags: -W not_a_real_lint

fn main() {}

//~? WARN unknown lint: `not_a_real_lint`
//~? WARN unknown lint: `not_a_real_lint`
//~? WARN unknown lint: `not_a_real_lint`
