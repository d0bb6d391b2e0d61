fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("start")];
    let mut total = 0;
    for _ in 0..3 {
        total += archive(log); //~ ERROR use of moved value: `log`
    }
    println!("{}", total);
}
