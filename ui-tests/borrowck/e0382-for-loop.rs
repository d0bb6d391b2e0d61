fn total(scores: Vec<u32>) -> u32 {
    let mut sum = 0;
    for s in scores {
        sum += s;
    }
    sum / scores.len() as u32 //~ ERROR borrow of moved value: `scores`
}

fn main() {
    println!("{}", total(vec![1, 2, 3]));
}
