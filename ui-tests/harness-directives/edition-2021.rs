//@ edition: 2021
//@ check-pass

fn main() {
    let name = "weft";
    let line = format!("{name} runs on edition 2021");
    let pairs = [(1, 'a'), (2, 'b')];
    for (n, c) in pairs.into_iter() {
        println!("{} {} {}", line, n, c);
    }
}
