// `error-pattern` and `forbid-output` look at the output of the program that ran; with
// `check-stdout`, at its stdout too.
//@ run-pass
//@ check-stdout
//@ error-pattern: checksum ok
//@ forbid-output: checksum bad

fn main() {
    let sum: u32 = [3, 4, 5].iter().sum();
    if sum == 12 {
        println!("checksum ok");
    } else {
        println!("checksum bad");
    }
}
