//@ run-pass
//@ check-run-results
//@ rustc-env: WEFT_BUILD_LABEL=fixture-label

fn main() {
    println!("built as {}", env!("WEFT_BUILD_LABEL"));
}
