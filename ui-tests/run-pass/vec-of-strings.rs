//@ run-pass
//@ check-run-results

fn initials(names: &[String]) -> String {
    let mut s = String::new();
    for n in names {
        if let Some(c) = n.chars().next() {
            s.push(c.to_ascii_uppercase());
        }
    }
    s
}

fn main() {
    let mut names: Vec<String> = Vec::new();
    for n in ["grace", "alan", "ada", "edsger"] {
        names.push(n.to_string());
    }
    println!("{:?}", names);
    println!("{}", initials(&names));
    let lens: Vec<usize> = names.iter().map(|n| n.len()).collect();
    println!("{:?} {}", lens, lens.iter().sum::<usize>());
    let long: Vec<&String> = names.iter().filter(|n| n.len() > 4).collect();
    println!("{:?}", long);
    let shout: Vec<String> = names.iter().map(|n| n.to_uppercase()).collect();
    println!("{}", shout.join("/"));
    let s = &names[3];
    println!("{} {} {}", &s[0..3], &s[3..], s.as_str() == "edsger");
    names.keep_starting_with('a');
    println!("{:?}", names);
}

trait KeepStartingWith {
    fn keep_starting_with(&mut self, c: char);
}

impl KeepStartingWith for Vec<String> {
    fn keep_starting_with(&mut self, c: char) {
        let mut kept = Vec::new();
        for s in self.iter() {
            if s.starts_with(c) {
                kept.push(s.clone());
            }
        }
        *self = kept;
    }
}
