enum Event {
    Click { x: i32, y: i32 },
    Key { code: u32 },
}

fn code(e: Event) -> u32 {
    match e {
        Event::Key { keycode } => keycode, //~ ERROR variant `Event::Key` does not have a field named `keycode`
        //~^ ERROR pattern does not mention field `code`
        Event::Click { .. } => 0,
    }
}

fn main() {
    let _ = code(Event::Click { x: 1, y: 2 });
}
