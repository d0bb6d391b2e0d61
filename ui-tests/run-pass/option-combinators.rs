//@ run-pass
//@ check-run-results

#[derive(Debug, Clone)]
struct User {
    name: String,
    age: Option<u32>,
}

fn lookup(users: &[User], name: &str) -> Option<User> {
    for u in users {
        if u.name == name {
            return Some(u.clone());
        }
    }
    None
}

fn main() {
    let users = vec![User { name: "ann".to_string(), age: Some(31) }, User { name: "bob".to_string(), age: None }];
    let ann_age = lookup(&users, "ann").and_then(|u| u.age).unwrap_or(0);
    let bob_age = lookup(&users, "bob").and_then(|u| u.age).unwrap_or(0);
    let cy = lookup(&users, "cy").map(|u| u.name).unwrap_or_else(|| "nobody".to_string());
    println!("{} {} {}", ann_age, bob_age, cy);
    println!("{:?}", lookup(&users, "bob"));
    let r: Result<u32, String> = lookup(&users, "ann").and_then(|u| u.age).ok_or("no age".to_string());
    println!("{:?}", r);
    let e: Result<u32, String> = lookup(&users, "bob").and_then(|u| u.age).ok_or("no age".to_string());
    println!("{:?} {}", e, e.is_err());
}
