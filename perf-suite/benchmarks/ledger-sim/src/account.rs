//! Accounts of a double-entry ledger: what kind of account, in which currency, and its balance
//! (kept as debits minus credits, in minor units).

use crate::money::{Currency, Money};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct AccountId(pub u32);

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "A{}", self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Asset,
    Liability,
    Equity,
    Income,
    Expense,
}

pub const KINDS: [Kind; 5] = [
    Kind::Asset,
    Kind::Liability,
    Kind::Equity,
    Kind::Income,
    Kind::Expense,
];

impl Kind {
    pub fn name(&self) -> &str {
        match self {
            Kind::Asset => "assets",
            Kind::Liability => "liabilities",
            Kind::Equity => "equity",
            Kind::Income => "income",
            Kind::Expense => "expenses",
        }
    }

    /// Whether the account normally carries a debit balance (assets and expenses).
    pub fn debit_normal(&self) -> bool {
        match self {
            Kind::Asset | Kind::Expense => true,
            Kind::Liability | Kind::Equity | Kind::Income => false,
        }
    }

    /// Income and expense accounts are emptied into equity when a period closes.
    pub fn is_temporary(&self) -> bool {
        match self {
            Kind::Income | Kind::Expense => true,
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub id: AccountId,
    pub code: String,
    pub name: String,
    pub kind: Kind,
    pub currency: Currency,
    /// Debits minus credits, in minor units.
    pub balance: i64,
    /// How far below zero (in its normal direction) an asset account may go.
    pub overdraft: i64,
    pub frozen: bool,
    pub postings: u32,
}

impl Account {
    /// The balance with the sign of the account's normal side: positive for an asset in the
    /// black, a liability that is owed, income earned.
    pub fn normal_balance(&self) -> Money {
        let v = if self.kind.debit_normal() {
            self.balance
        } else {
            -self.balance
        };
        Money::new(v, self.currency)
    }

    /// Whether a change of `delta` (debit positive) would take the account past its limit.
    pub fn would_overdraw(&self, delta: i64) -> bool {
        if self.kind != Kind::Asset {
            return false;
        }
        let after = self.balance + delta;
        delta < 0 && after < -self.overdraft
    }
}

/// A chart-of-accounts entry used when setting up a ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pub code: String,
    pub name: String,
    pub kind: Kind,
    pub currency: Currency,
    pub overdraft: i64,
}

impl Template {
    pub fn new(code: &str, name: &str, kind: Kind, currency: Currency) -> Template {
        Template {
            code: code.to_string(),
            name: name.to_string(),
            kind,
            currency,
            overdraft: 0,
        }
    }

    pub fn with_overdraft(mut self, limit: i64) -> Template {
        self.overdraft = limit;
        self
    }
}
