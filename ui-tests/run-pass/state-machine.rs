//@ run-pass
//@ check-run-results

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Running { ticks: u32 },
    Paused(u32),
    Done,
}

#[derive(Debug)]
enum Event {
    Start,
    Tick,
    Pause,
    Resume,
    Stop,
}

fn step(s: State, e: &Event) -> State {
    match (s, e) {
        (State::Idle, Event::Start) => State::Running { ticks: 0 },
        (State::Running { ticks }, Event::Tick) if ticks >= 2 => State::Done,
        (State::Running { ticks }, Event::Tick) => State::Running { ticks: ticks + 1 },
        (State::Running { ticks }, Event::Pause) => State::Paused(ticks),
        (State::Paused(t), Event::Resume) => State::Running { ticks: t },
        (_, Event::Stop) => State::Done,
        (s, _) => s,
    }
}

fn main() {
    let events = [Event::Tick, Event::Start, Event::Tick, Event::Pause, Event::Tick, Event::Resume, Event::Tick, Event::Tick, Event::Tick, Event::Stop];
    let mut s = State::Idle;
    for e in &events {
        let next = step(s, e);
        println!("{:?} --{:?}--> {:?}", s, e, next);
        s = next;
    }
    println!("{}", s == State::Done);
}
