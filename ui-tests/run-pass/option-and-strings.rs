//@ run-pass
//@ check-run-results

fn find(names: &[String], wanted: &str) -> Option<usize> {
    names.iter().position(|n| n == wanted)
}

fn main() {
    let names: Vec<String> = ["ada", "grace", "edsger"].iter().map(|s| s.to_string()).collect();
    match find(&names, "grace") {
        Some(i) => println!("found at {}", i),
        None => println!("missing"),
    }
    let shout = names.iter().map(|n| n.to_uppercase()).collect::<Vec<_>>().join(", ");
    println!("{}", shout);
    eprintln!("done");
}
