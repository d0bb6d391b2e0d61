//@ check-pass
// Ownership patterns that the borrow checker accepts: moves followed by re-initialization,
// moves in diverging branches, non-lexical borrows, two-phase borrows, shadowing.
#[derive(Debug)]
struct Job {
    id: u32,
    payload: String,
}

fn consume(job: Job) -> u32 {
    job.id
}

fn take(s: String) -> usize {
    s.len()
}

fn reinit_in_loop() -> usize {
    let mut buf = String::from("a");
    let mut total = 0;
    for i in 0..3 {
        total += take(buf);
        buf = format!("{}", i);
    }
    total + buf.len()
}

fn move_then_break(jobs: Vec<Job>) -> u32 {
    let mut spare = Job { id: 0, payload: String::new() };
    let mut sum = 0;
    for job in jobs {
        if job.id > 10 {
            sum += consume(spare);
            break;
        }
        sum += job.id;
        spare = job;
    }
    sum
}

fn move_in_one_branch(flag: bool) -> usize {
    let s = String::from("branch");
    if flag {
        return take(s);
    }
    s.len()
}

fn nll_borrows() -> usize {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    let copy = *first;
    v.push(copy);
    let r = &mut v;
    r.push(5);
    let n = v.len();
    v.push(v.len());
    n
}

fn match_moves(o: Option<String>) -> usize {
    let s = match o {
        Some(s) => s,
        None => String::new(),
    };
    let t = s;
    let s = String::from("shadow");
    t.len() + s.len()
}

fn while_let(mut stack: Vec<Job>) -> Vec<String> {
    let mut out = Vec::new();
    while let Some(job) = stack.pop() {
        out.push(job.payload);
    }
    out
}

fn closures() -> usize {
    let name = String::from("closure");
    let len = || name.len();
    let a = len();
    let owned = move || name;
    a + owned().len()
}

fn main() {
    println!("{}", reinit_in_loop());
    let jobs = vec![Job { id: 1, payload: String::from("x") }, Job { id: 20, payload: String::new() }];
    println!("{}", move_then_break(jobs));
    println!("{} {}", move_in_one_branch(true), move_in_one_branch(false));
    println!("{}", nll_borrows());
    println!("{}", match_moves(Some(String::from("m"))));
    let left = while_let(vec![Job { id: 3, payload: String::from("p") }]);
    println!("{:?} {}", left, closures());
    let j = Job { id: 9, payload: String::from("last") };
    let Job { id, payload } = j;
    println!("{} {}", id, payload);
}
