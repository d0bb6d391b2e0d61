//@ run-pass
//@ check-run-results
// A priority-queue job scheduler: a hand-written binary heap over a Vec, Ord on a struct with a
// tie-breaker, generic sift-up/sift-down with trait bounds, simulated time, and per-worker stats.
use std::cmp::Ordering;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
struct Job {
    id: u32,
    priority: u8,
    arrival: u32,
    cost: u32,
    name: String,
}

impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        // Higher priority first; among equals, the earlier arrival wins.
        self.priority
            .cmp(&other.priority)
            .then_with(|| other.arrival.cmp(&self.arrival))
    }
}

impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct MaxHeap<T: Ord> {
    items: Vec<T>,
}

impl<T: Ord> MaxHeap<T> {
    fn new() -> Self {
        MaxHeap { items: Vec::new() }
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
        let mut i = self.items.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.items[i] <= self.items[parent] {
                break;
            }
            self.items.swap(i, parent);
            i = parent;
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.items.is_empty() {
            return None;
        }
        let last = self.items.len() - 1;
        self.items.swap(0, last);
        let top = self.items.pop();
        let n = self.items.len();
        let mut i = 0;
        loop {
            let left = 2 * i + 1;
            let right = left + 1;
            let mut largest = i;
            if left < n && self.items[left] > self.items[largest] {
                largest = left;
            }
            if right < n && self.items[right] > self.items[largest] {
                largest = right;
            }
            if largest == i {
                break;
            }
            self.items.swap(i, largest);
            i = largest;
        }
        top
    }

    fn peek(&self) -> Option<&T> {
        self.items.first()
    }
}

#[derive(Debug, Default)]
struct Worker {
    busy_until: u32,
    done: Vec<u32>,
    total_wait: u32,
}

impl fmt::Display for Worker {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "busy until {:>3}, jobs {:?}, waited {}", self.busy_until, self.done, self.total_wait)
    }
}

fn make_jobs() -> Vec<Job> {
    let specs = [
        ("compile", 3, 0, 7),
        ("lint", 1, 0, 2),
        ("test", 2, 1, 5),
        ("deploy", 5, 2, 3),
        ("docs", 1, 3, 4),
        ("bench", 2, 3, 9),
        ("hotfix", 5, 4, 1),
        ("fmt", 1, 6, 1),
        ("audit", 4, 8, 6),
    ];
    specs
        .iter()
        .enumerate()
        .map(|(i, &(name, priority, arrival, cost))| Job {
            id: i as u32 + 1,
            priority,
            arrival,
            cost,
            name: name.to_string(),
        })
        .collect()
}

fn simulate(mut pending: Vec<Job>, workers: usize) -> Vec<Worker> {
    pending.sort_by_key(|j| j.arrival);
    let mut pool: Vec<Worker> = (0..workers).map(|_| Worker::default()).collect();
    let mut queue = MaxHeap::new();
    let mut clock = 0u32;
    let mut next = 0usize;
    while next < pending.len() || !queue.is_empty() {
        while next < pending.len() && pending[next].arrival <= clock {
            queue.push(pending[next].clone());
            next += 1;
        }
        let free = pool.iter().position(|w| w.busy_until <= clock);
        match (free, queue.peek()) {
            (Some(w), Some(_)) => {
                let job = queue.pop().unwrap();
                let worker = &mut pool[w];
                worker.total_wait += clock - job.arrival;
                worker.busy_until = clock + job.cost;
                worker.done.push(job.id);
                println!(
                    "t={:>2} worker {} takes #{} {:<8} (prio {}, cost {}), queue {}",
                    clock, w, job.id, job.name, job.priority, job.cost, queue.len()
                );
            }
            _ => clock += 1,
        }
    }
    pool
}

fn main() {
    let jobs = make_jobs();
    let total_cost: u32 = jobs.iter().map(|j| j.cost).sum();
    println!("{} jobs, total cost {}", jobs.len(), total_cost);

    let mut heap = MaxHeap::new();
    for n in [5, 1, 9, 3, 7, 2, 8] {
        heap.push(n);
    }
    let mut drained = Vec::new();
    while let Some(n) = heap.pop() {
        drained.push(n);
    }
    println!("heap order: {:?}", drained);

    for workers in 1..=3 {
        println!("-- {} worker(s) --", workers);
        let pool = simulate(jobs.clone(), workers);
        for (i, w) in pool.iter().enumerate() {
            println!("worker {}: {}", i, w);
        }
        let makespan = pool.iter().map(|w| w.busy_until).max().unwrap_or(0);
        let waits: u32 = pool.iter().map(|w| w.total_wait).sum();
        let avg = waits as f64 / jobs.len() as f64;
        println!("makespan {}, average wait {:.2}", makespan, avg);
    }
}
