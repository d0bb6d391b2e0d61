use std::fmt;
use std::fmt;
fn main() {
    let _ = fmt::Error;
}
