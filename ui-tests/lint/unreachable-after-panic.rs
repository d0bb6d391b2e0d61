//@ check-pass
#![warn(unreachable_code)]

fn fail(code: i32) -> i32 {
    panic!("code {}", code);
    code + 1 //~ WARN unreachable expression
}

fn main() {
    let _ = fail;
}
