struct Department { //~ ERROR recursive types `Department` and `Employee` have infinite size
    name: String,
    head: Employee,
}

struct Employee {
    name: String,
    dept: Department,
}

fn main() {}
