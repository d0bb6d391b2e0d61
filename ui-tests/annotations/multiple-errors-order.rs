// Diagnostics from different phases: the expected file records the serial order.
struct Account {
    balance: i64,
}

fn deposit(a: &mut Account, amount: i64) {
    a.balance += amount;
    a.history.push(amount); //~ ERROR no field `history` on type `&mut Account`
}

fn main() {
    let acc = Account { balance: 0 };
    deposit(&mut acc, undefined_amount); //~ ERROR cannot find value `undefined_amount` in this scope
    let n: u8 = acc.balance; //~ ERROR mismatched types
}
