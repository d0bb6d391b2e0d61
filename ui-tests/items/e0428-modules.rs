mod net {
    pub fn connect() {}
    pub fn connect() {} //~ ERROR the name `connect` is defined multiple times
}

mod net {} //~ ERROR the name `net` is defined multiple times

fn main() {
    net::connect();
}
