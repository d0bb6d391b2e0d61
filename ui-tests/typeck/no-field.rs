struct User {
    name: String,
    age: u32,
}

fn main() {
    let u = User { name: String::from("ada"), age: 36 };
    println!("{}", u.email); //~ ERROR no field `email` on type `User`
}
