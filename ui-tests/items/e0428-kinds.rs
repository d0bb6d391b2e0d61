struct Config;
enum Config { //~ ERROR the name `Config` is defined multiple times
    A,
}

const LIMIT: u32 = 1;
static LIMIT: u32 = 2; //~ ERROR the name `LIMIT` is defined multiple times

fn main() {}
