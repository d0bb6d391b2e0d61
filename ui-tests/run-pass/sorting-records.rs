//@ run-pass
//@ check-run-results

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Score {
    points: u32,
    name: String,
}

fn main() {
    let mut names = vec!["delta", "alpha", "charlie", "bravo"];
    names.sort();
    println!("{:?}", names);
    let mut nums = vec![5i64, -2, 9, 0, -7];
    nums.sort();
    println!("{:?}", nums);
    nums.reverse();
    println!("{:?}", nums);
    let mut scores = vec![
        Score { points: 30, name: "b".to_string() },
        Score { points: 10, name: "z".to_string() },
        Score { points: 30, name: "a".to_string() },
    ];
    scores.sort();
    for s in &scores {
        println!("{} {}", s.points, s.name);
    }
    println!("{}", scores[0] < scores[1]);
    let mut pairs = vec![(2, 'b'), (1, 'z'), (2, 'a')];
    pairs.sort();
    println!("{:?}", pairs);
    println!("{:?} {:?}", nums.iter().max(), names.iter().min());
}
