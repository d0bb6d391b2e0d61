//! The ledger: accounts, the journal of booked transactions and the rules a transaction must
//! follow to be booked. Booking is all or nothing: a transaction that breaks a rule changes
//! nothing and comes back as an error, and every attempt is written to the audit trail.

use crate::account::{Account, AccountId, Kind, Template};
use crate::error::LedgerError;
use crate::journal::{Tag, Transaction, TxBuilder};
use crate::money::{Currency, Money, CURRENCIES};

/// One line of the audit trail: what was attempted on which day, and how it ended.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub day: u32,
    pub tag: Tag,
    pub outcome: Result<u64, String>,
}

pub struct Ledger {
    accounts: Vec<Account>,
    journal: Vec<Transaction>,
    next_tx: u64,
    closed_through: u32,
    reversed: Vec<u64>,
    pub audit: Vec<AuditEntry>,
}

impl Ledger {
    pub fn new() -> Ledger {
        Ledger {
            accounts: Vec::new(),
            journal: Vec::new(),
            next_tx: 1,
            closed_through: 0,
            reversed: Vec::new(),
            audit: Vec::new(),
        }
    }

    pub fn open(&mut self, t: Template) -> Result<AccountId, LedgerError> {
        for a in self.accounts.iter() {
            if a.code == t.code {
                return Err(LedgerError::DuplicateCode(t.code));
            }
        }
        let id = AccountId(self.accounts.len() as u32 + 1);
        self.accounts.push(Account {
            id,
            code: t.code,
            name: t.name,
            kind: t.kind,
            currency: t.currency,
            balance: 0,
            overdraft: t.overdraft,
            frozen: false,
            postings: 0,
        });
        Ok(id)
    }

    pub fn id_of(&self, code: &str) -> Result<AccountId, LedgerError> {
        for a in self.accounts.iter() {
            if a.code.as_str() == code {
                return Ok(a.id);
            }
        }
        Err(LedgerError::UnknownCode(code.to_string()))
    }

    pub fn account(&self, id: AccountId) -> Result<&Account, LedgerError> {
        let index = id.0 as usize;
        if index == 0 || index > self.accounts.len() {
            return Err(LedgerError::UnknownAccount(id));
        }
        Ok(&self.accounts[index - 1])
    }

    fn account_mut(&mut self, id: AccountId) -> Result<&mut Account, LedgerError> {
        let index = id.0 as usize;
        if index == 0 || index > self.accounts.len() {
            return Err(LedgerError::UnknownAccount(id));
        }
        Ok(&mut self.accounts[index - 1])
    }

    pub fn accounts(&self) -> &[Account] {
        &self.accounts
    }

    pub fn journal(&self) -> &[Transaction] {
        &self.journal
    }

    pub fn closed_through(&self) -> u32 {
        self.closed_through
    }

    pub fn freeze(&mut self, id: AccountId) -> Result<(), LedgerError> {
        self.account_mut(id)?.frozen = true;
        Ok(())
    }

    pub fn balance(&self, id: AccountId) -> Result<Money, LedgerError> {
        let a = self.account(id)?;
        Ok(Money::new(a.balance, a.currency))
    }

    /// Checks every rule without changing anything.
    pub fn validate(&self, tx: &Transaction) -> Result<(), LedgerError> {
        if tx.day <= self.closed_through {
            return Err(LedgerError::PeriodClosed {
                day: tx.day,
                closed_through: self.closed_through,
            });
        }
        if tx.postings.len() < 2 {
            return Err(LedgerError::EmptyTransaction);
        }
        let mut sums = [0i64; 5];
        // Net change per account, so that limits are checked against the whole transaction.
        let mut deltas: Vec<(AccountId, i64)> = Vec::new();
        for p in tx.postings.iter() {
            let a = self.account(p.account)?;
            if a.frozen {
                return Err(LedgerError::Frozen(a.id));
            }
            if p.amount.is_zero() {
                return Err(LedgerError::ZeroAmount(a.id));
            }
            if a.currency != p.amount.currency {
                return Err(LedgerError::CurrencyMismatch {
                    account: a.id,
                    expected: a.currency,
                    found: p.amount.currency,
                });
            }
            let i = p.amount.currency.index();
            sums[i] = match sums[i].checked_add(p.amount.amount) {
                Some(v) => v,
                None => return Err(LedgerError::Overflow),
            };
            let mut found = false;
            for d in deltas.iter_mut() {
                if d.0 == p.account {
                    d.1 += p.amount.amount;
                    found = true;
                }
            }
            if !found {
                deltas.push((p.account, p.amount.amount));
            }
        }
        for c in CURRENCIES.iter() {
            if sums[c.index()] != 0 {
                return Err(LedgerError::Unbalanced {
                    currency: *c,
                    difference: sums[c.index()],
                });
            }
        }
        for (id, delta) in deltas.iter() {
            let a = self.account(*id)?;
            if a.would_overdraw(*delta) {
                return Err(LedgerError::InsufficientFunds {
                    account: a.id,
                    needed: Money::new(-*delta, a.currency),
                    available: Money::new(a.balance + a.overdraft, a.currency),
                });
            }
        }
        Ok(())
    }

    /// Books a transaction if it follows every rule; returns its id.
    pub fn post(&mut self, mut tx: Transaction) -> Result<u64, LedgerError> {
        let checked = self.validate(&tx);
        let outcome = match checked {
            Ok(()) => {
                tx.id = self.next_tx;
                self.next_tx += 1;
                for p in tx.postings.iter() {
                    let a = self.account_mut(p.account)?;
                    a.balance += p.amount.amount;
                    a.postings += 1;
                }
                let id = tx.id;
                self.audit.push(AuditEntry {
                    day: tx.day,
                    tag: tx.tag,
                    outcome: Ok(id),
                });
                self.journal.push(tx);
                Ok(id)
            }
            Err(e) => {
                self.audit.push(AuditEntry {
                    day: tx.day,
                    tag: tx.tag,
                    outcome: Err(e.kind().to_string()),
                });
                Err(e)
            }
        };
        outcome
    }

    pub fn find(&self, id: u64) -> Result<&Transaction, LedgerError> {
        // Ids are given in order, so the journal is sorted by id: binary search.
        let mut lo = 0;
        let mut hi = self.journal.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            let t = &self.journal[mid];
            if t.id == id {
                return Ok(t);
            }
            if t.id < id {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Err(LedgerError::UnknownTransaction(id))
    }

    /// Books the mirror image of transaction `id` on `day`.
    pub fn reverse(&mut self, id: u64, day: u32) -> Result<u64, LedgerError> {
        if self.reversed.contains(&id) {
            return Err(LedgerError::AlreadyReversed(id));
        }
        let original = self.find(id)?.clone();
        let mut b =
            TxBuilder::new(day, Tag::Reversal, &format!("reversal of #{}", id)).reversing(id);
        for p in original.postings.iter() {
            b = b.debit(p.account, p.amount.negated());
        }
        let new_id = self.post(b.build())?;
        self.reversed.push(id);
        Ok(new_id)
    }

    /// Closes the books through `day`: every income and expense account is emptied into the
    /// retained-earnings account of its currency, and earlier days can no longer be booked.
    pub fn close_period(
        &mut self,
        day: u32,
        retained: &[(Currency, AccountId)],
    ) -> Result<usize, LedgerError> {
        let mut entries = 0;
        for (currency, target) in retained.iter() {
            let mut b = TxBuilder::new(
                day,
                Tag::Closing,
                &format!("close {} through day {}", currency.code(), day),
            );
            let mut total: i64 = 0;
            let mut lines = 0;
            for a in self.accounts.iter() {
                if a.kind.is_temporary() && a.currency == *currency && a.balance != 0 {
                    b = b.credit(a.id, Money::new(a.balance, a.currency));
                    total += a.balance;
                    lines += 1;
                }
            }
            if lines == 0 {
                continue;
            }
            b = b.debit(*target, Money::new(total, *currency));
            if total == 0 {
                // Income and expenses cancel exactly: nothing to carry over, but the temporary
                // accounts still need emptying, which needs a non-zero line; skip instead.
                continue;
            }
            self.post(b.build())?;
            entries += 1;
        }
        self.closed_through = day;
        Ok(entries)
    }

    /// Sums of debits and of credits per currency (minor units): equal in a healthy ledger.
    pub fn trial_balance(&self) -> Vec<(Currency, i64, i64)> {
        let mut out = Vec::new();
        for c in CURRENCIES.iter() {
            let mut debits = 0;
            let mut credits = 0;
            let mut any = false;
            for a in self.accounts.iter() {
                if a.currency != *c {
                    continue;
                }
                any = true;
                if a.balance > 0 {
                    debits += a.balance;
                } else {
                    credits -= a.balance;
                }
            }
            if any {
                out.push((*c, debits, credits));
            }
        }
        out
    }

    /// Balances per kind of account in one currency, each on its normal side.
    pub fn totals_by_kind(&self, currency: Currency) -> [i64; 5] {
        let mut t = [0; 5];
        for a in self.accounts.iter() {
            if a.currency != currency {
                continue;
            }
            let k = match a.kind {
                Kind::Asset => 0,
                Kind::Liability => 1,
                Kind::Equity => 2,
                Kind::Income => 3,
                Kind::Expense => 4,
            };
            t[k] += a.normal_balance().amount;
        }
        t
    }
}
