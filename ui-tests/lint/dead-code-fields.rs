//@ check-pass
#![warn(dead_code)]

struct Config {
    name: String,
    retries: u32, //~ WARN field `retries` is never read
}

enum Event {
    Start,
    Stop, //~ WARN variant `Stop` is never constructed
}

fn main() {
    let c = Config { name: String::from("x"), retries: 3 };
    println!("{}", c.name);
    let e = Event::Start;
    match e {
        Event::Start => {}
        Event::Stop => {}
    }
}
