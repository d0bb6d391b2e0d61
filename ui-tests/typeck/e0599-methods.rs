// Methods and associated functions that do not exist.
struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
    fn open() -> Account {
        Account { balance: 0 }
    }
}

enum Color {
    Red,
    Green,
}

fn main() {
    let mut a = Account::open();
    a.deposti(5); //~ ERROR no method named `deposti` found for struct `Account` in the current scope
    a.withdraw(3); //~ ERROR no method named `withdraw` found for struct `Account` in the current scope
    let b = Account::new(); //~ ERROR no function or associated item named `new` found for struct `Account` in the current scope
    let c = Color::Blue; //~ ERROR no variant or associated item named `Blue` found for enum `Color` in the current scope
    let n: i32 = 5;
    let m = n.lenght(); //~ ERROR no method named `lenght` found for type `i32` in the current scope
    let v = vec![1, 2, 3];
    let s = v.size(); //~ ERROR no method named `size` found for struct `Vec<{integer}>` in the current scope
    let t = "text".push('x'); //~ ERROR no method named `push` found for reference `&'static str` in the current scope
    let o: Option<i32> = Some(1);
    let p = o.unwrap_or_zero(); //~ ERROR no method named `unwrap_or_zero` found for enum `Option<T>` in the current scope
    a.balance(); //~ ERROR no method named `balance` found for struct `Account` in the current scope
    println!("{} {} {}", m, s, p);
}
