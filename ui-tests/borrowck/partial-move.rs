// Moving a non-`Copy` field out of a local moves it partially: the local can no longer be used
// as a whole, its other fields still can, and assigning the field makes it whole again.
struct Draft {
    title: String,
    body: Vec<String>,
    saved: bool,
}

fn publish(d: Draft) -> String {
    let title = d.title;
    let lines = d.body.len();
    let rest = d; //~ ERROR use of partially moved value: `d`
    format!("{} {} {}", title, lines, rest.saved)
}

fn retitle(mut d: Draft) -> Draft {
    let old = d.title;
    d.title = old.to_uppercase();
    d
}

fn peek(d: Draft) -> usize {
    let body = d.body;
    let view = &d; //~ ERROR borrow of partially moved value: `d`
    view.title.len() + body.len()
}

fn whole(s: String) -> usize {
    let t = s;
    let r = &s; //~ ERROR borrow of moved value: `s`
    r.len() + t.len()
}

fn main() {
    let d = Draft { title: String::from("a"), body: Vec::new(), saved: false };
    println!("{}", publish(d));
    let e = Draft { title: String::from("b"), body: Vec::new(), saved: true };
    println!("{}", retitle(e).saved);
    let f = Draft { title: String::from("c"), body: Vec::new(), saved: true };
    println!("{} {}", peek(f), whole(String::new()));
}
