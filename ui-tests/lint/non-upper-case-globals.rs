//@ check-pass

const max_size: usize = 10; //~ WARN constant `max_size` should have an upper case name
static counter: u32 = 0; //~ WARN static variable `counter` should have an upper case name

struct Config;

impl Config {
    const default_port: u16 = 8080; //~ WARN associated constant `default_port` should have an upper case name
}

fn main() {
    println!("{} {} {}", max_size, counter, Config::default_port);
}
