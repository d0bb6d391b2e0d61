//! Transactions: dated, described, tagged sets of postings that must balance per currency.

use crate::account::AccountId;
use crate::money::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tag {
    Opening,
    Sale,
    CostOfSale,
    Purchase,
    Payment,
    Receipt,
    Payroll,
    Rent,
    Interest,
    Loan,
    Exchange,
    WriteOff,
    Depreciation,
    Reversal,
    Closing,
}

pub const TAGS: [Tag; 15] = [
    Tag::Opening,
    Tag::Sale,
    Tag::CostOfSale,
    Tag::Purchase,
    Tag::Payment,
    Tag::Receipt,
    Tag::Payroll,
    Tag::Rent,
    Tag::Interest,
    Tag::Loan,
    Tag::Exchange,
    Tag::WriteOff,
    Tag::Depreciation,
    Tag::Reversal,
    Tag::Closing,
];

impl Tag {
    pub fn name(&self) -> &str {
        match self {
            Tag::Opening => "opening",
            Tag::Sale => "sale",
            Tag::CostOfSale => "cost of sale",
            Tag::Purchase => "purchase",
            Tag::Payment => "payment",
            Tag::Receipt => "receipt",
            Tag::Payroll => "payroll",
            Tag::Rent => "rent",
            Tag::Interest => "interest",
            Tag::Loan => "loan",
            Tag::Exchange => "exchange",
            Tag::WriteOff => "write-off",
            Tag::Depreciation => "depreciation",
            Tag::Reversal => "reversal",
            Tag::Closing => "closing",
        }
    }

    pub fn index(&self) -> usize {
        let mut i = 0;
        while i < TAGS.len() {
            if TAGS[i] == *self {
                return i;
            }
            i += 1;
        }
        0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Posting {
    pub account: AccountId,
    /// Positive for a debit, negative for a credit.
    pub amount: Money,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Transaction {
    pub id: u64,
    pub day: u32,
    pub description: String,
    pub tag: Tag,
    pub postings: Vec<Posting>,
    /// The transaction this one undoes, for reversals.
    pub reverses: Option<u64>,
}

impl Transaction {
    /// The sum of the debits (in minor units of each posting's currency).
    pub fn debit_total(&self) -> i64 {
        let mut t = 0;
        for p in self.postings.iter() {
            if p.amount.amount > 0 {
                t += p.amount.amount;
            }
        }
        t
    }

    pub fn touches(&self, account: AccountId) -> bool {
        for p in self.postings.iter() {
            if p.account == account {
                return true;
            }
        }
        false
    }
}

/// Builds a transaction posting by posting; the ledger gives it an id when it is booked.
pub struct TxBuilder {
    tx: Transaction,
}

impl TxBuilder {
    pub fn new(day: u32, tag: Tag, description: &str) -> TxBuilder {
        TxBuilder {
            tx: Transaction {
                id: 0,
                day,
                description: description.to_string(),
                tag,
                postings: Vec::new(),
                reverses: None,
            },
        }
    }

    pub fn debit(mut self, account: AccountId, amount: Money) -> TxBuilder {
        self.tx.postings.push(Posting { account, amount });
        self
    }

    pub fn credit(mut self, account: AccountId, amount: Money) -> TxBuilder {
        self.tx.postings.push(Posting {
            account,
            amount: amount.negated(),
        });
        self
    }

    pub fn reversing(mut self, id: u64) -> TxBuilder {
        self.tx.reverses = Some(id);
        self
    }

    pub fn build(self) -> Transaction {
        self.tx
    }
}
