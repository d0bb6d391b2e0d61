// A field moved out of a local is itself a moved value: using it again, or a place inside it,
// is an error; the other fields stay usable, and assigning the field makes it usable again.
#[derive(Debug)]
struct Job {
    steps: Vec<String>,
    owner: String,
    meta: Meta,
}

#[derive(Debug)]
struct Meta {
    label: String,
    retries: u32,
}

fn new_job() -> Job {
    Job { steps: Vec::new(), owner: String::from("ops"), meta: Meta { label: String::from("nightly"), retries: 0 } }
}

fn drain() {
    let job = new_job();
    let steps = job.steps;
    println!("{} left", job.steps.len()); //~ ERROR borrow of moved value: `job.steps`
    println!("{:?} {}", steps, job.owner);
}

fn relabel() {
    let job = new_job();
    let first = job.meta.label;
    let second = job.meta.label; //~ ERROR use of moved value: `job.meta.label`
    println!("{} {} {}", first, second, job.meta.retries);
}

fn reassign() {
    let mut job = new_job();
    let owner = job.owner;
    job.owner = format!("{}-2", owner);
    println!("{}", job.owner.len());
    let copy = job.owner.clone();
    let taken = job.owner;
    let again = job.owner.clone(); //~ ERROR borrow of moved value: `job.owner`
    println!("{} {} {}", copy, taken, again);
}

fn main() {
    drain();
    relabel();
    reassign();
}
