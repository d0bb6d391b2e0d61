//@ check-pass
#![warn(unused_assignments)]

fn pick(flag: bool) -> &'static str {
    let mut label = "none"; //~ WARN value assigned to `label` is never read
    if flag {
        label = "yes";
    } else {
        label = "no";
    }
    label
}

fn main() {
    println!("{}", pick(true));
}
