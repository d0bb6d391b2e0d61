//@ check-pass

fn main() {
    let run = || {
        let mut n = 0;
        while true { //~ WARN denote infinite loops with `loop { ... }`
            n += 1;
            if n == 3 {
                return n;
            }
        }
        0
    };
    println!("{}", run());
}
