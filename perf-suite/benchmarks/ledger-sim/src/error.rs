//! Everything that can go wrong when booking, as one error type with the facts of each case.

use crate::account::AccountId;
use crate::money::{Currency, Money};
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum LedgerError {
    UnknownAccount(AccountId),
    UnknownCode(String),
    DuplicateCode(String),
    Frozen(AccountId),
    EmptyTransaction,
    ZeroAmount(AccountId),
    Unbalanced {
        currency: Currency,
        difference: i64,
    },
    CurrencyMismatch {
        account: AccountId,
        expected: Currency,
        found: Currency,
    },
    MixedCurrencies(Currency, Currency),
    InsufficientFunds {
        account: AccountId,
        needed: Money,
        available: Money,
    },
    PeriodClosed {
        day: u32,
        closed_through: u32,
    },
    UnknownTransaction(u64),
    AlreadyReversed(u64),
    NoRate(Currency, Currency),
    Overflow,
    Parse(String),
}

/// Short names of the error kinds, for counting them in reports.
impl LedgerError {
    pub fn kind(&self) -> &str {
        match self {
            LedgerError::UnknownAccount(_) => "unknown-account",
            LedgerError::UnknownCode(_) => "unknown-code",
            LedgerError::DuplicateCode(_) => "duplicate-code",
            LedgerError::Frozen(_) => "frozen",
            LedgerError::EmptyTransaction => "empty",
            LedgerError::ZeroAmount(_) => "zero-amount",
            LedgerError::Unbalanced { .. } => "unbalanced",
            LedgerError::CurrencyMismatch { .. } => "currency-mismatch",
            LedgerError::MixedCurrencies(_, _) => "mixed-currencies",
            LedgerError::InsufficientFunds { .. } => "insufficient-funds",
            LedgerError::PeriodClosed { .. } => "period-closed",
            LedgerError::UnknownTransaction(_) => "unknown-transaction",
            LedgerError::AlreadyReversed(_) => "already-reversed",
            LedgerError::NoRate(_, _) => "no-rate",
            LedgerError::Overflow => "overflow",
            LedgerError::Parse(_) => "parse",
        }
    }
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LedgerError::UnknownAccount(id) => write!(f, "no account {}", id),
            LedgerError::UnknownCode(code) => write!(f, "no account with code {}", code),
            LedgerError::DuplicateCode(code) => write!(f, "account code {} is taken", code),
            LedgerError::Frozen(id) => write!(f, "account {} is frozen", id),
            LedgerError::EmptyTransaction => write!(f, "a transaction needs at least two postings"),
            LedgerError::ZeroAmount(id) => write!(f, "zero posting to account {}", id),
            LedgerError::Unbalanced {
                currency,
                difference,
            } => {
                write!(
                    f,
                    "postings in {} are off by {} minor units",
                    currency.code(),
                    difference
                )
            }
            LedgerError::CurrencyMismatch {
                account,
                expected,
                found,
            } => write!(
                f,
                "account {} is kept in {}, not {}",
                account,
                expected.code(),
                found.code()
            ),
            LedgerError::MixedCurrencies(a, b) => {
                write!(f, "cannot combine {} and {}", a.code(), b.code())
            }
            LedgerError::InsufficientFunds {
                account,
                needed,
                available,
            } => write!(
                f,
                "account {} needs {} but has {}",
                account, needed, available
            ),
            LedgerError::PeriodClosed {
                day,
                closed_through,
            } => {
                write!(
                    f,
                    "day {} is in a closed period (closed through day {})",
                    day, closed_through
                )
            }
            LedgerError::UnknownTransaction(id) => write!(f, "no transaction #{}", id),
            LedgerError::AlreadyReversed(id) => {
                write!(f, "transaction #{} is already reversed", id)
            }
            LedgerError::NoRate(a, b) => {
                write!(f, "no exchange rate from {} to {}", a.code(), b.code())
            }
            LedgerError::Overflow => write!(f, "amount overflow"),
            LedgerError::Parse(msg) => write!(f, "cannot read amount: {}", msg),
        }
    }
}
