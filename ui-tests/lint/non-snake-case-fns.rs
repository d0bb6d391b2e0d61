//@ check-pass

fn ParseInput(s: &str) -> usize { //~ WARN function `ParseInput` should have a snake case name
    s.len()
}

fn get_HTTP_code() -> u16 { //~ WARN function `get_HTTP_code` should have a snake case name
    200
}

fn main() {
    println!("{} {}", ParseInput("a"), get_HTTP_code());
}
