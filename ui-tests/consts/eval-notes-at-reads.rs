// A build notes every read of a failed const in the fn bodies it compiles, body by body in
// definition order (called or not), then stops. An associated const is evaluated only then:
// `--emit metadata` passes.
//@ build-fail
//@ ignore-parallel-frontend post-monomorphization errors

struct Config;

impl Config {
    const LIMIT: u32 = panic!("no limit"); //~ ERROR evaluation panicked: no limit
    // Reported again for the generic `capped`, whose body evaluates it in its own environment.
    //~^^ ERROR evaluation panicked: no limit
}

struct Budget {
    cap: u32,
}

fn twice(n: u32) -> u32 {
    n * 2
}

fn budget() -> Budget {
    Budget { cap: Config::LIMIT }
}

#[allow(dead_code)]
fn never_called() -> u32 {
    let unused = Config::LIMIT;
    unused
}

fn capped<T>(items: &[T]) -> u32 {
    let cap = Config::LIMIT;
    if items.len() as u32 > cap { cap } else { 0 }
}

fn main() {
    let first = Config::LIMIT;
    let doubled = twice(Config::LIMIT);
    let next = Config::LIMIT + 1;
    let total = first + doubled + next + budget().cap + capped(&[1, 2, 3]);
    println!("{}", total);
}
