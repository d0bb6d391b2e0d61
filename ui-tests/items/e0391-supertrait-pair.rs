mod traits {
    pub trait Reader: Writer {} //~ ERROR cycle detected when computing the super predicates of `traits::Reader`
    pub trait Writer: Reader {}
}

struct File;

fn main() {
    let _f = File;
}
