//@ check-pass

fn main() {
    let mut found = None;
    'search: while true { //~ WARN denote infinite loops with `loop { ... }`
        for i in 0..10 {
            if i * i > 20 {
                found = Some(i);
                break 'search;
            }
        }
    }
    println!("{:?}", found);
}
