// A closure passed where it must outlive `'static` (`thread::spawn`) that borrows a local
// (E0373, with the `move` suggestion), and a temporary borrowed by a `let` past its statement
// (E0716, with the `let binding` suggestion). Valid: `move` closures, temporaries whose borrow
// ends in the same statement, owned results.
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let handle = thread::spawn(|| {
        //~^ ERROR closure may outlive the current function, but it borrows `v`, which is owned by the current function
        println!("{:?}", v);
    });
    handle.join().unwrap();

    let s: &str = String::from("hello").as_str(); //~ ERROR temporary value dropped while borrowed
    println!("{}", s);

    let trimmed = String::from(" x ").trim(); //~ ERROR temporary value dropped while borrowed
    println!("{}", trimmed);

    let w = vec![4];
    let n = 5;
    let h1 = thread::spawn(move || w.len() + n);
    let count = 3;
    let h2 = thread::spawn(move || count * 2);
    println!("{} {}", h1.join().unwrap(), h2.join().unwrap());

    let a = String::from("x").len();
    let b = String::from("ab").as_str().len();
    let c = String::from("c").to_uppercase();
    let words: Vec<String> = vec![String::from("w")];
    let first = words.first().unwrap().as_str();
    let _unused_after = String::from("y").as_str();
    println!("{} {} {} {}", a, b, c, first);
}
