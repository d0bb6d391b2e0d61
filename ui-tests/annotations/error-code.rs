// The error code is appended to the message, so it can be matched on its own.
fn main() {
    let v: Vec<u8> = 3; //~ ERROR E0308
}
