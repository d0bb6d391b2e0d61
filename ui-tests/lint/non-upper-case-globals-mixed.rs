//@ check-pass

const MaxRetries: u8 = 3; //~ WARN constant `MaxRetries` should have an upper case name
const OK_VALUE: u8 = 1;
static mut GlobalLog: i32 = 0; //~ WARN static variable `GlobalLog` should have an upper case name

fn main() {
    println!("{} {}", MaxRetries, OK_VALUE);
}
