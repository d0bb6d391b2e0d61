//@ run-pass
//@ check-run-results
use std::fmt;

#[derive(Debug, PartialEq)]
enum BankError {
    Insufficient { needed: u64, available: u64 },
    UnknownAccount(String),
    Frozen,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::Insufficient { needed, available } => write!(f, "need {} but only {} available", needed, available),
            BankError::UnknownAccount(name) => write!(f, "no account named {:?}", name),
            BankError::Frozen => write!(f, "account frozen"),
        }
    }
}

struct Account {
    owner: String,
    balance: u64,
    frozen: bool,
}

struct Bank {
    accounts: Vec<Account>,
}

impl Bank {
    fn find(&mut self, name: &str) -> Result<&mut Account, BankError> {
        for a in self.accounts.iter_mut() {
            if a.owner == name {
                return Ok(a);
            }
        }
        Err(BankError::UnknownAccount(name.to_string()))
    }

    fn withdraw(&mut self, name: &str, amount: u64) -> Result<u64, BankError> {
        let acct = self.find(name)?;
        if acct.frozen {
            return Err(BankError::Frozen);
        }
        if acct.balance < amount {
            return Err(BankError::Insufficient { needed: amount, available: acct.balance });
        }
        acct.balance -= amount;
        Ok(acct.balance)
    }
}

fn main() {
    let mut bank = Bank { accounts: vec![Account { owner: "ann".to_string(), balance: 100, frozen: false }, Account { owner: "bo".to_string(), balance: 5, frozen: true }] };
    for (who, amt) in [("ann", 30), ("ann", 80), ("bo", 1), ("cy", 1), ("ann", 70)] {
        match bank.withdraw(who, amt) {
            Ok(left) => println!("{} withdrew {}, {} left", who, amt, left),
            Err(e) => println!("{} failed: {} ({:?})", who, e, e),
        }
    }
}
