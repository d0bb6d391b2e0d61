#[derive(Debug)]
struct Owner {
    name: String,
}

#[derive(Debug)]
struct Pet {
    owner_name: String,
    age: u8,
}

fn main() {
    let name = String::from("Ada");
    let o = Owner { name };
    let p = Pet { owner_name: name, age: 3 }; //~ ERROR use of moved value: `name`
    println!("{:?} {:?}", o, p);
}
