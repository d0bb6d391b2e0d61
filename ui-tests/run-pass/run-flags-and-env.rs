//@ run-pass
//@ check-run-results
//@ run-flags: alpha 'two words'
//@ exec-env: WEFT_GREETING=hello

use std::env;

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    println!("{} arguments", args.len());
    for a in &args {
        println!("[{}]", a);
    }
    println!("greeting: {}", env::var("WEFT_GREETING").unwrap_or_default());
}
