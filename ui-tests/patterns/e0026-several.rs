struct Account {
    id: u64,
    owner: String,
}

fn main() {
    let a = Account { id: 1, owner: String::new() };
    let Account { id, name, email, .. } = a; //~ ERROR struct `Account` does not have fields named `name`, `email`
    println!("{}", id);
}
