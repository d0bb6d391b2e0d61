//@ run-pass
//@ check-run-results
//@ edition: 2021
// An elevator simulation: a state machine over an enum with data, requests queued in a Vec,
// a SCAN policy choosing the next stop, a step loop with labeled break, a log of events with
// Display, and statistics computed with iterator adaptors.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Up,
    Down,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Moving(Direction),
    DoorsOpen { ticks_left: u32 },
}

#[derive(Debug, Clone)]
struct Request {
    id: u32,
    from: i32,
    to: i32,
    issued_at: u32,
    picked_at: Option<u32>,
}

enum Event {
    Arrived { tick: u32, floor: i32 },
    Boarded { tick: u32, id: u32 },
    Left { tick: u32, id: u32, waited: u32, rode: u32 },
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match *self {
            Event::Arrived { tick, floor } => write!(f, "[t={:>3}] stop at floor {}", tick, floor),
            Event::Boarded { tick, id } => write!(f, "[t={:>3}]   #{} boards", tick, id),
            Event::Left { tick, id, waited, rode } => {
                write!(f, "[t={:>3}]   #{} leaves (waited {}, rode {})", tick, id, waited, rode)
            }
        }
    }
}

struct Elevator {
    floor: i32,
    state: State,
    heading: Direction,
    waiting: Vec<Request>,
    riding: Vec<Request>,
    log: Vec<Event>,
}

impl Elevator {
    fn new(floor: i32) -> Self {
        Elevator { floor, state: State::Idle, heading: Direction::Up, waiting: Vec::new(), riding: Vec::new(), log: Vec::new() }
    }

    fn targets(&self) -> Vec<i32> {
        let mut t: Vec<i32> = self.waiting.iter().map(|r| r.from).chain(self.riding.iter().map(|r| r.to)).collect();
        t.sort();
        t.dedup();
        t
    }

    fn choose_direction(&self) -> Option<Direction> {
        let targets = self.targets();
        let above = targets.iter().any(|&f| f > self.floor);
        let below = targets.iter().any(|&f| f < self.floor);
        match (self.heading, above, below) {
            (Direction::Up, true, _) => Some(Direction::Up),
            (Direction::Down, _, true) => Some(Direction::Down),
            (_, true, false) => Some(Direction::Up),
            (_, false, true) => Some(Direction::Down),
            _ => None,
        }
    }

    fn should_stop(&self) -> bool {
        self.waiting.iter().any(|r| r.from == self.floor) || self.riding.iter().any(|r| r.to == self.floor)
    }

    fn exchange(&mut self, tick: u32) {
        self.log.push(Event::Arrived { tick, floor: self.floor });
        let floor = self.floor;
        let (leaving, staying): (Vec<Request>, Vec<Request>) = self.riding.drain(..).partition(|r| r.to == floor);
        self.riding = staying;
        for r in leaving {
            let picked = r.picked_at.unwrap_or(r.issued_at);
            self.log.push(Event::Left { tick, id: r.id, waited: picked - r.issued_at, rode: tick - picked });
        }
        let mut i = 0;
        while i < self.waiting.len() {
            if self.waiting[i].from == floor {
                let mut r = self.waiting.remove(i);
                r.picked_at = Some(tick);
                self.log.push(Event::Boarded { tick, id: r.id });
                self.riding.push(r);
            } else {
                i += 1;
            }
        }
    }

    fn step(&mut self, tick: u32) {
        self.state = match self.state {
            State::DoorsOpen { ticks_left } if ticks_left > 1 => State::DoorsOpen { ticks_left: ticks_left - 1 },
            State::DoorsOpen { .. } | State::Idle => match self.choose_direction() {
                Some(d) => {
                    self.heading = d;
                    State::Moving(d)
                }
                None => State::Idle,
            },
            State::Moving(d) => {
                self.floor += if d == Direction::Up { 1 } else { -1 };
                if self.should_stop() {
                    self.exchange(tick);
                    State::DoorsOpen { ticks_left: 2 }
                } else {
                    State::Moving(d)
                }
            }
        };
    }
}

fn main() {
    let schedule = [(0u32, 3, 7), (0, 5, 1), (2, 0, 4), (6, 8, 2), (9, 4, 9), (15, 1, 6), (15, 6, 0)];
    let mut elevator = Elevator::new(0);
    let mut next_id = 1;
    let mut tick = 0;
    'sim: loop {
        for &(at, from, to) in schedule.iter().filter(|s| s.0 == tick) {
            elevator.waiting.push(Request { id: next_id, from, to, issued_at: at, picked_at: None });
            next_id += 1;
        }
        if elevator.state == State::Idle && elevator.should_stop() {
            elevator.exchange(tick);
            elevator.state = State::DoorsOpen { ticks_left: 2 };
        }
        elevator.step(tick);
        tick += 1;
        let all_issued = schedule.iter().all(|s| s.0 < tick);
        if all_issued && elevator.waiting.is_empty() && elevator.riding.is_empty() && elevator.state == State::Idle {
            break 'sim;
        }
        if tick > 200 {
            println!("gave up");
            break;
        }
    }

    for e in &elevator.log {
        println!("{}", e);
    }
    let trips: Vec<(u32, u32)> = elevator
        .log
        .iter()
        .filter_map(|e| match e {
            Event::Left { waited, rode, .. } => Some((*waited, *rode)),
            _ => None,
        })
        .collect();
    let stops = elevator.log.iter().filter(|e| matches!(e, Event::Arrived { .. })).count();
    let (wait_sum, ride_sum) = trips.iter().fold((0, 0), |(w, r), &(a, b)| (w + a, r + b));
    println!("finished at t={} on floor {} after {} stops", tick, elevator.floor, stops);
    println!("average wait {:.2}, average ride {:.2}", wait_sum as f64 / trips.len() as f64, ride_sum as f64 / trips.len() as f64);
    println!("longest wait: {:?}", trips.iter().map(|t| t.0).max());
}
