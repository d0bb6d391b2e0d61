//@ check-pass

fn main() {
    let mut n = 0;
    while true { //~ WARN denote infinite loops with `loop { ... }`
        n += 1;
        if n > 3 {
            break;
        }
    }
    'outer: while (true) { //~ WARN denote infinite loops with `loop { ... }`
        break 'outer;
    }
}
