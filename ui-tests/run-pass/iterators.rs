//@ run-pass
//@ check-run-results

fn main() {
    let v: Vec<u32> = (1..=10).collect();
    let evens: Vec<u32> = v.iter().filter(|x| *x % 2 == 0).cloned().collect();
    println!("{:?}", evens);
    let squares: Vec<u32> = v.iter().map(|x| x * x).take(4).collect();
    println!("{:?}", squares);
    println!("sum {} count {}", v.iter().sum::<u32>(), v.iter().count());
    println!("max {:?} min {:?}", v.iter().max(), v.iter().min());
    for (i, x) in v.iter().enumerate().skip(8) {
        println!("{} -> {}", i, x);
    }
    let pairs: Vec<(u32, char)> = v.iter().cloned().zip("abc".chars()).collect();
    println!("{:?}", pairs);
    println!("{} {}", v.iter().any(|x| *x > 9), v.iter().all(|x| *x > 1));
    println!("{:?} {:?}", v.iter().position(|x| *x == 4), v.iter().find(|x| **x > 7));
    let folded = v.iter().fold(String::new(), |acc, x| acc + &x.to_string());
    println!("{}", folded);
    let stepped: Vec<i32> = (0..20).step_by(6).collect();
    println!("{:?}", stepped);
}
