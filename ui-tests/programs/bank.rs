//@ check-pass
// A bank ledger across modules: traits with default methods, generics, exhaustive matches with
// guards and ranges, error enums with `?`, iterator chains, and ownership moving through calls.
mod money {
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Cents(pub i64);

    impl Cents {
        pub fn dollars(self) -> f64 {
            self.0 as f64 / 100.0
        }
    }

    impl std::ops::Add for Cents {
        type Output = Cents;
        fn add(self, o: Cents) -> Cents {
            Cents(self.0 + o.0)
        }
    }
}

mod ledger {
    use super::money::Cents;

    #[derive(Debug)]
    pub enum TxError {
        Insufficient { needed: Cents, available: Cents },
        Frozen(String),
        Limit(u8),
    }

    #[derive(Debug, Clone)]
    pub enum Tx {
        Deposit(Cents),
        Withdraw(Cents),
        Transfer { to: usize, amount: Cents },
        Freeze,
    }

    pub trait Audited {
        fn id(&self) -> usize;
        fn describe(&self) -> String {
            format!("account #{}", self.id())
        }
    }

    #[derive(Debug)]
    pub struct Account {
        pub id: usize,
        pub owner: String,
        pub balance: Cents,
        pub frozen: bool,
        pub history: Vec<Tx>,
    }

    impl Audited for Account {
        fn id(&self) -> usize {
            self.id
        }
    }

    impl Account {
        pub fn open(id: usize, owner: &str) -> Account {
            Account { id, owner: owner.to_string(), balance: Cents(0), frozen: false, history: Vec::new() }
        }

        pub fn apply(&mut self, tx: Tx) -> Result<Cents, TxError> {
            if self.frozen {
                return Err(TxError::Frozen(self.owner.clone()));
            }
            let result = match &tx {
                Tx::Deposit(c) if c.0 <= 0 => return Err(TxError::Limit(0)),
                Tx::Deposit(c) => {
                    self.balance = self.balance + *c;
                    Ok(self.balance)
                }
                Tx::Withdraw(c) | Tx::Transfer { amount: c, .. } => {
                    if c.0 > self.balance.0 {
                        Err(TxError::Insufficient { needed: *c, available: self.balance })
                    } else {
                        self.balance = Cents(self.balance.0 - c.0);
                        Ok(self.balance)
                    }
                }
                Tx::Freeze => {
                    self.frozen = true;
                    Ok(self.balance)
                }
            };
            self.history.push(tx);
            result
        }
    }
}

use ledger::{Account, Audited, Tx, TxError};
use money::Cents;

fn risk_level(balance: i64) -> &'static str {
    match balance {
        i64::MIN..=-1 => "overdrawn",
        0 => "empty",
        1..=9_999 => "low",
        10_000..=999_999 => "medium",
        1_000_000.. => "high",
    }
}

fn total<T: Audited, G: Fn(&T) -> i64>(items: &[T], f: G) -> i64 {
    items.iter().map(|i| f(i)).sum()
}

fn run(accounts: &mut Vec<Account>, script: Vec<(usize, Tx)>) -> Result<usize, TxError> {
    let mut applied = 0;
    for (idx, tx) in script {
        let target = match &tx {
            Tx::Transfer { to, .. } => Some(*to),
            _ => None,
        };
        let amount = match &tx {
            Tx::Transfer { amount, .. } => *amount,
            _ => Cents(0),
        };
        accounts[idx].apply(tx)?;
        if let Some(t) = target {
            accounts[t].apply(Tx::Deposit(amount))?;
        }
        applied += 1;
    }
    Ok(applied)
}

fn main() {
    let mut accounts = vec![Account::open(0, "ada"), Account::open(1, "bob")];
    let script = vec![
        (0, Tx::Deposit(Cents(50_000))),
        (0, Tx::Transfer { to: 1, amount: Cents(12_500) }),
        (1, Tx::Withdraw(Cents(2_500))),
        (1, Tx::Freeze),
        (1, Tx::Deposit(Cents(1))),
    ];
    match run(&mut accounts, script) {
        Ok(n) => println!("applied {}", n),
        Err(TxError::Frozen(who)) => println!("frozen: {}", who),
        Err(TxError::Insufficient { needed, available }) => println!("need {:?}, have {:?}", needed, available),
        Err(TxError::Limit(l)) => println!("limit {}", l),
    }
    for a in &accounts {
        println!("{} {} {:.2} {}", a.describe(), a.owner, a.balance.dollars(), risk_level(a.balance.0));
    }
    let sum = total(&accounts, |a| a.balance.0);
    let richest = accounts.iter().max_by_key(|a| a.balance.0).map(|a| a.owner.clone());
    println!("{} {:?}", sum, richest);
    let closed = accounts.pop();
    if let Some(acc) = closed {
        let history = acc.history;
        println!("{} entries", history.len());
    }
}
