//@ run-pass
//@ check-run-results
//@ edition: 2021
// A ticketing office with several service queues: modules with private fields and pub
// constructors, VecDeque queues, a `pub(crate)` helper, a trait for routing policies with two
// implementations used through generics and through `&dyn`, and a tick-based simulation.
mod tickets {
    use std::collections::VecDeque;
    use std::fmt;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Service {
        Passports,
        Licences,
        Payments,
    }

    #[derive(Debug, Clone)]
    pub struct Ticket {
        number: u32,
        service: Service,
        arrived: u32,
    }

    impl Ticket {
        pub fn number(&self) -> u32 {
            self.number
        }
        pub fn service(&self) -> Service {
            self.service
        }
        pub fn waited(&self, now: u32) -> u32 {
            now - self.arrived
        }
    }

    impl fmt::Display for Ticket {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            let prefix = match self.service {
                Service::Passports => 'P',
                Service::Licences => 'L',
                Service::Payments => 'Y',
            };
            write!(f, "{}{:03}", prefix, self.number)
        }
    }

    pub struct Dispenser {
        next: u32,
    }

    impl Dispenser {
        pub fn new() -> Dispenser {
            Dispenser { next: 1 }
        }
        pub fn take(&mut self, service: Service, now: u32) -> Ticket {
            let t = Ticket { number: self.next, service, arrived: now };
            self.next += 1;
            t
        }
    }

    pub struct Queues {
        lines: Vec<(Service, VecDeque<Ticket>)>,
    }

    impl Queues {
        pub fn new(services: &[Service]) -> Queues {
            Queues { lines: services.iter().map(|&s| (s, VecDeque::new())).collect() }
        }
        pub fn join(&mut self, t: Ticket) {
            if let Some((_, q)) = self.lines.iter_mut().find(|(s, _)| *s == t.service) {
                q.push_back(t);
            }
        }
        pub fn lengths(&self) -> Vec<(Service, usize)> {
            self.lines.iter().map(|(s, q)| (*s, q.len())).collect()
        }
        pub(crate) fn oldest(&self, service: Service) -> Option<&Ticket> {
            self.lines.iter().find(|(s, _)| *s == service).and_then(|(_, q)| q.front())
        }
        pub fn serve(&mut self, service: Service) -> Option<Ticket> {
            self.lines.iter_mut().find(|(s, _)| *s == service).and_then(|(_, q)| q.pop_front())
        }
        pub fn is_empty(&self) -> bool {
            self.lines.iter().all(|(_, q)| q.is_empty())
        }
    }
}

mod policy {
    use crate::tickets::{Queues, Service};

    pub trait Policy {
        fn name(&self) -> String;
        fn pick(&self, queues: &Queues, skills: &[Service], now: u32) -> Option<Service>;
    }

    pub struct Longest;
    pub struct OldestFirst;

    impl Policy for Longest {
        fn name(&self) -> String {
            "longest queue".into()
        }
        fn pick(&self, queues: &Queues, skills: &[Service], _now: u32) -> Option<Service> {
            queues
                .lengths()
                .into_iter()
                .filter(|(s, n)| *n > 0 && skills.contains(s))
                .max_by_key(|&(s, n)| (n, std::cmp::Reverse(s)))
                .map(|(s, _)| s)
        }
    }

    impl Policy for OldestFirst {
        fn name(&self) -> String {
            String::from("oldest ticket")
        }
        fn pick(&self, queues: &Queues, skills: &[Service], now: u32) -> Option<Service> {
            skills
                .iter()
                .filter_map(|&s| queues.oldest(s).map(|t| (t.waited(now), t.number(), s)))
                .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
                .map(|(_, _, s)| s)
        }
    }
}

use policy::{Longest, OldestFirst, Policy};
use tickets::{Dispenser, Queues, Service};

const ARRIVALS: &str = "PPLYPYLLPPYPLYYP";

fn simulate(policy: &dyn Policy) -> (u32, u32, u32) {
    let desks: [&[Service]; 3] = [&[Service::Passports], &[Service::Licences, Service::Payments], &[Service::Payments, Service::Passports, Service::Licences]];
    let mut busy = [0u32; 3];
    let mut dispenser = Dispenser::new();
    let mut queues = Queues::new(&[Service::Passports, Service::Licences, Service::Payments]);
    let mut arrivals = ARRIVALS.chars();
    let (mut served, mut total_wait, mut max_wait) = (0, 0, 0);
    let mut now = 0;
    println!("policy: {}", policy.name());
    while now < 100 {
        for _ in 0..2 {
            let service = match arrivals.next() {
                Some('P') => Service::Passports,
                Some('L') => Service::Licences,
                Some(_) => Service::Payments,
                None => break,
            };
            queues.join(dispenser.take(service, now));
        }
        for (desk, skills) in desks.iter().enumerate() {
            if busy[desk] > now {
                continue;
            }
            if let Some(t) = policy.pick(&queues, skills, now).and_then(|s| queues.serve(s)) {
                let w = t.waited(now);
                println!("  t={:<2} desk {} serves {} after {}", now, desk + 1, t, w);
                served += 1;
                total_wait += w;
                max_wait = max_wait.max(w);
                busy[desk] = now + if t.service() == Service::Passports { 3 } else { 2 };
            }
        }
        now += 1;
        if queues.is_empty() && now as usize > ARRIVALS.len() {
            break;
        }
    }
    (served, total_wait, max_wait)
}

fn run_all<P: Policy>(policies: &[P]) -> Vec<String> {
    policies.iter().map(|p| p.name().to_uppercase()).collect()
}

fn main() {
    let policies: Vec<Box<dyn Policy>> = vec![Box::new(Longest), Box::new(OldestFirst)];
    let mut results = Vec::new();
    for p in &policies {
        let (served, total, max) = simulate(p.as_ref());
        results.push((p.name(), served, total as f64 / served as f64, max));
    }
    println!("{:<14} {:>6} {:>8} {:>4}", "policy", "served", "avg wait", "max");
    for (name, served, avg, max) in &results {
        println!("{:<14} {:>6} {:>8.2} {:>4}", name, served, avg, max);
    }
    println!("{:?}", run_all(&[Longest, Longest]));
}
