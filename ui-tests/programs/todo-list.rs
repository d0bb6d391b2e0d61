//@ run-pass
//@ check-run-results
//@ edition: 2021
// A to-do list manager: enums with derived ordering, a command enum parsed from text lines,
// Result-returning operations with a custom error, sorting by several keys (sort_by_key with
// tuples and Reverse), retain, filters by status, and a formatted report.
use std::cmp::Reverse;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low,
    Medium,
    High,
    Urgent,
}

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Open,
    InProgress { percent: u8 },
    Done,
}

#[derive(Debug, Clone)]
struct Task {
    id: u32,
    title: String,
    priority: Priority,
    due: Option<u32>,
    tags: Vec<String>,
    status: Status,
}

#[derive(Debug)]
enum Command {
    Add { title: String, priority: Priority, due: Option<u32>, tags: Vec<String> },
    Progress(u32, u8),
    Finish(u32),
    Purge,
    List,
}

#[derive(Debug)]
enum TodoError {
    UnknownTask(u32),
    AlreadyDone(u32),
    BadCommand(String),
}

impl std::fmt::Display for TodoError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            TodoError::UnknownTask(id) => write!(f, "no task #{}", id),
            TodoError::AlreadyDone(id) => write!(f, "task #{} is already done", id),
            TodoError::BadCommand(line) => write!(f, "cannot parse {:?}", line),
        }
    }
}

fn parse_priority(s: &str) -> Option<Priority> {
    Some(match s {
        "low" => Priority::Low,
        "med" | "medium" => Priority::Medium,
        "high" => Priority::High,
        "urgent" | "!" => Priority::Urgent,
        _ => return None,
    })
}

fn parse_command(line: &str) -> Result<Command, TodoError> {
    let mut words = line.split_whitespace();
    let bad = || TodoError::BadCommand(line.to_string());
    match words.next() {
        Some("add") => {
            let priority = words.next().and_then(parse_priority).ok_or_else(bad)?;
            let mut due = None;
            let mut tags = Vec::new();
            let mut title = Vec::new();
            for w in words {
                if let Some(d) = w.strip_prefix("due:") {
                    due = Some(d.parse::<u32>().map_err(|_| bad())?);
                } else if let Some(t) = w.strip_prefix('#') {
                    tags.push(t.to_string());
                } else {
                    title.push(w);
                }
            }
            Ok(Command::Add { title: title.join(" "), priority, due, tags })
        }
        Some("progress") => {
            let id = words.next().and_then(|w| w.parse().ok()).ok_or_else(bad)?;
            let pct = words.next().and_then(|w| w.trim_end_matches('%').parse().ok()).ok_or_else(bad)?;
            Ok(Command::Progress(id, pct))
        }
        Some("done") => words.next().and_then(|w| w.parse().ok()).map(Command::Finish).ok_or_else(bad),
        Some("purge") => Ok(Command::Purge),
        Some("list") => Ok(Command::List),
        _ => Err(bad()),
    }
}

struct TodoList {
    tasks: Vec<Task>,
    next_id: u32,
}

impl TodoList {
    fn find(&mut self, id: u32) -> Result<&mut Task, TodoError> {
        self.tasks.iter_mut().find(|t| t.id == id).ok_or(TodoError::UnknownTask(id))
    }

    fn apply(&mut self, cmd: Command) -> Result<String, TodoError> {
        match cmd {
            Command::Add { title, priority, due, tags } => {
                let id = self.next_id;
                self.next_id += 1;
                self.tasks.push(Task { id, title, priority, due, tags, status: Status::Open });
                Ok(format!("added #{}", id))
            }
            Command::Progress(id, pct) => {
                let task = self.find(id)?;
                if task.status == Status::Done {
                    return Err(TodoError::AlreadyDone(id));
                }
                task.status = if pct >= 100 { Status::Done } else { Status::InProgress { percent: pct } };
                Ok(format!("#{} now {:?}", id, task.status))
            }
            Command::Finish(id) => {
                let task = self.find(id)?;
                match task.status {
                    Status::Done => Err(TodoError::AlreadyDone(id)),
                    _ => {
                        task.status = Status::Done;
                        Ok(format!("finished #{} {:?}", id, task.title))
                    }
                }
            }
            Command::Purge => {
                let before = self.tasks.len();
                self.tasks.retain(|t| t.status != Status::Done);
                Ok(format!("purged {} task(s)", before - self.tasks.len()))
            }
            Command::List => {
                let mut view: Vec<&Task> = self.tasks.iter().collect();
                view.sort_by_key(|t| (Reverse(t.priority), t.due.unwrap_or(u32::MAX), t.id));
                let mut out = String::new();
                for t in view {
                    let state = match &t.status {
                        Status::Open => "[ ]".to_string(),
                        Status::InProgress { percent } => format!("[{:>2}%]", percent),
                        Status::Done => "[x]".to_string(),
                    };
                    let due = t.due.map(|d| format!("day {:>2}", d)).unwrap_or_else(|| "------".to_string());
                    out += &format!("  {:<5} #{:<2} {:<8} {} {:<24} {}\n", state, t.id, format!("{:?}", t.priority), due, t.title, t.tags.join(","));
                }
                Ok(out.trim_end().to_string())
            }
        }
    }
}

const SCRIPT: &str = "add high Write the quarterly report due:12 #work
add low Water the plants #home
add urgent Fix production outage due:1 #work #oncall
add med Book dentist due:20 #health
add whenever Learn the banjo
progress 1 40%
done 3
done 3
progress 9 10
add medium Renew passport due:5 #admin
list
done 2
purge
progress 1 100
list";

fn main() {
    let mut todo = TodoList { tasks: Vec::new(), next_id: 1 };
    for line in SCRIPT.lines() {
        println!("> {}", line);
        match parse_command(line).and_then(|c| todo.apply(c)) {
            Ok(msg) => println!("{}", msg),
            Err(e) => println!("error: {}", e),
        }
    }
    let mut by_tag: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for t in &todo.tasks {
        for tag in &t.tags {
            by_tag.entry(tag.as_str()).or_insert_with(Vec::new).push(t.id);
        }
    }
    println!("tags: {:?}", by_tag);
    let highest = todo.tasks.iter().map(|t| t.priority).max();
    println!("highest remaining priority: {:?}", highest);
}
