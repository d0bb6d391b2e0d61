struct Flags {
    read: bool,
    write: bool,
}

fn main() {
    let f = Flags { read: true, write: false };
    match f {
        Flags {} => {} //~ ERROR pattern does not mention fields `read`, `write`
    }
}
