//@ run-pass
//@ check-run-results
// A vending machine as a state machine: an enum of states with data, transitions by consuming
// `self` and returning the next state, events as an enum, change-making with a greedy coin
// algorithm over a BTreeMap of coin counts, stock as a Vec of structs, and an event log.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Coin {
    Nickel = 5,
    Dime = 10,
    Quarter = 25,
    Dollar = 100,
}

#[derive(Debug, Clone, PartialEq)]
enum Event {
    Insert(Coin),
    Select(char),
    Cancel,
    Restock(char, u32),
    Service,
}

#[derive(Debug, PartialEq)]
enum State {
    Idle,
    Collecting { credit: u32 },
    Maintenance,
}

#[derive(Debug)]
struct Slot {
    code: char,
    name: &'static str,
    price: u32,
    count: u32,
}

struct Machine {
    state: State,
    slots: Vec<Slot>,
    bank: BTreeMap<Coin, u32>,
    log: Vec<String>,
    sales: u32,
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            State::Idle => write!(f, "idle"),
            State::Collecting { credit } => write!(f, "collecting ${}.{:02}", credit / 100, credit % 100),
            State::Maintenance => write!(f, "maintenance"),
        }
    }
}

fn make_change(amount: u32, bank: &mut BTreeMap<Coin, u32>) -> Option<Vec<Coin>> {
    let mut left = amount;
    let mut plan: Vec<(Coin, u32)> = Vec::new();
    for (&coin, &have) in bank.iter().rev() {
        let value = coin as u32;
        let take = (left / value).min(have);
        if take > 0 {
            plan.push((coin, take));
            left -= take * value;
        }
    }
    if left != 0 {
        return None;
    }
    let mut coins = Vec::new();
    for (coin, n) in plan {
        *bank.get_mut(&coin).unwrap() -= n;
        coins.extend(std::iter::repeat(coin).take(n as usize));
    }
    Some(coins)
}

impl Machine {
    fn new() -> Machine {
        let mut bank = BTreeMap::new();
        for coin in [Coin::Nickel, Coin::Dime, Coin::Quarter, Coin::Dollar] {
            bank.insert(coin, 2);
        }
        let slots = vec![
            Slot { code: 'A', name: "chips", price: 125, count: 2 },
            Slot { code: 'B', name: "candy", price: 85, count: 1 },
            Slot { code: 'C', name: "water", price: 100, count: 0 },
        ];
        Machine { state: State::Idle, slots, bank, log: Vec::new(), sales: 0 }
    }

    fn step(&mut self, state: State, event: Event) -> State {
        match (state, event) {
            (State::Maintenance, Event::Restock(code, n)) => {
                if let Some(slot) = self.slots.iter_mut().find(|s| s.code == code) {
                    slot.count += n;
                    self.log.push(format!("restocked {} to {}", slot.name, slot.count));
                }
                State::Maintenance
            }
            (State::Maintenance, Event::Service) => State::Idle,
            (State::Maintenance, e) => {
                self.log.push(format!("ignored {:?} in maintenance", e));
                State::Maintenance
            }
            (State::Idle, Event::Service) => State::Maintenance,
            (State::Idle, Event::Insert(c)) => {
                *self.bank.entry(c).or_insert(0) += 1;
                State::Collecting { credit: c as u32 }
            }
            (State::Collecting { credit }, Event::Insert(c)) => {
                *self.bank.entry(c).or_insert(0) += 1;
                State::Collecting { credit: credit + c as u32 }
            }
            (State::Collecting { credit }, Event::Cancel) => {
                let refund = make_change(credit, &mut self.bank);
                self.log.push(format!("refund {:?}", refund));
                State::Idle
            }
            (State::Collecting { credit }, Event::Select(code)) => {
                let idx = match self.slots.iter().position(|s| s.code == code) {
                    Some(i) => i,
                    None => {
                        self.log.push(format!("no slot {}", code));
                        return State::Collecting { credit };
                    }
                };
                let (name, price, count) = (self.slots[idx].name, self.slots[idx].price, self.slots[idx].count);
                if count == 0 {
                    self.log.push(format!("{} sold out", name));
                    State::Collecting { credit }
                } else if credit < price {
                    self.log.push(format!("{} costs {}, credit {}", name, price, credit));
                    State::Collecting { credit }
                } else {
                    match make_change(credit - price, &mut self.bank) {
                        Some(change) => {
                            self.slots[idx].count -= 1;
                            self.sales += price;
                            self.log.push(format!("vend {} change {:?}", name, change));
                            State::Idle
                        }
                        None => {
                            self.log.push(format!("exact change only for {}", name));
                            State::Collecting { credit }
                        }
                    }
                }
            }
            (s, e) => {
                self.log.push(format!("ignored {:?} while {}", e, s));
                s
            }
        }
    }

    fn feed(&mut self, events: Vec<Event>) {
        for e in events {
            let current = std::mem::replace(&mut self.state, State::Idle);
            let before = current.to_string();
            self.state = self.step(current, e.clone());
            println!("{:<18} {:<22} -> {}", before, format!("{:?}", e), self.state);
        }
    }
}

fn main() {
    use Coin::*;
    use Event::*;
    let mut m = Machine::new();
    m.feed(vec![
        Select('A'),
        Insert(Dollar),
        Select('A'),
        Insert(Quarter),
        Select('A'),
        Insert(Dollar),
        Insert(Dime),
        Select('C'),
        Select('B'),
        Insert(Quarter),
        Insert(Dime),
        Cancel,
        Service,
        Insert(Nickel),
        Restock('C', 3),
        Service,
        Insert(Dollar),
        Select('C'),
        Insert(Dollar),
        Insert(Dollar),
        Select('A'),
        Select('Z'),
        Cancel,
    ]);
    println!("--- log ---");
    for (i, line) in m.log.iter().enumerate() {
        println!("{:>2}. {}", i + 1, line);
    }
    println!("sales: {}", m.sales);
    println!("bank: {:?}", m.bank);
    let stock: Vec<String> = m.slots.iter().map(|s| format!("{}={}", s.name, s.count)).collect();
    println!("stock: {}", stock.join(", "));
}
