//! Reports on the books: trial balance, income statement, balance sheet, the monthly summary,
//! receivables ageing and the audit trail. Each report also checks the identity it rests on.

use crate::account::{AccountId, Kind, KINDS};
use crate::invoices::{InvoiceBook, Which, BUCKETS};
use crate::journal::{Tag, TAGS};
use crate::ledger::Ledger;
use crate::money::{Currency, Money};
use crate::sim::Month;
use crate::table::{Align, Table};

/// Trial balance: debits equal credits in every currency. Returns the lines and whether it holds.
pub fn trial_balance(ledger: &Ledger) -> (Vec<String>, bool) {
    let mut t = Table::new(&[
        ("currency", Align::Left),
        ("debits", Align::Right),
        ("credits", Align::Right),
    ]);
    let mut ok = true;
    for (c, debits, credits) in ledger.trial_balance().iter() {
        t.row(vec![
            c.code().to_string(),
            Money::new(*debits, *c).to_string(),
            Money::new(*credits, *c).to_string(),
        ]);
        if debits != credits {
            ok = false;
        }
    }
    (t.render(), ok)
}

/// Income and expenses over the whole run, from the journal (closing entries excluded).
pub fn income_statement(ledger: &Ledger, currency: Currency) -> (Vec<String>, i64) {
    let mut income = 0;
    let mut expenses = 0;
    let mut by_account: Vec<(String, Kind, i64)> = Vec::new();
    for tx in ledger.journal().iter() {
        if tx.tag == Tag::Closing {
            continue;
        }
        for p in tx.postings.iter() {
            let a = match ledger.account(p.account) {
                Ok(a) => a,
                Err(_) => continue,
            };
            if a.currency != currency || !a.kind.is_temporary() {
                continue;
            }
            // Income is credited (negative), expenses debited (positive).
            let v = if a.kind == Kind::Income {
                -p.amount.amount
            } else {
                p.amount.amount
            };
            if a.kind == Kind::Income {
                income += v;
            } else {
                expenses += v;
            }
            let mut found = false;
            for entry in by_account.iter_mut() {
                if entry.0 == a.name {
                    entry.2 += v;
                    found = true;
                }
            }
            if !found {
                by_account.push((a.name.clone(), a.kind, v));
            }
        }
    }
    let mut t = Table::new(&[
        ("account", Align::Left),
        ("kind", Align::Left),
        ("amount", Align::Right),
    ]);
    for (name, kind, v) in by_account.iter() {
        t.row(vec![
            name.clone(),
            kind.name().to_string(),
            Money::new(*v, currency).to_string(),
        ]);
    }
    let profit = income - expenses;
    t.row(vec![
        "net result".to_string(),
        String::new(),
        Money::new(profit, currency).to_string(),
    ]);
    (t.render(), profit)
}

/// Assets = liabilities + equity (+ the result not yet closed into equity).
pub fn balance_sheet(ledger: &Ledger, currency: Currency) -> (String, bool) {
    let t = ledger.totals_by_kind(currency);
    let unclosed = match Money::new(t[3], currency).sub(&Money::new(t[4], currency)) {
        Ok(m) => m.amount,
        Err(_) => 0,
    };
    let ok = t[0] == t[1] + t[2] + unclosed;
    let mut parts = Vec::new();
    for (i, k) in KINDS.iter().enumerate() {
        parts.push(format!("{} {}", k.name(), Money::new(t[i], currency)));
    }
    let line = format!("{}: {}", currency.code(), join(&parts, ", "));
    (line, ok)
}

pub fn monthly(months: &[Month]) -> Vec<String> {
    let mut t = Table::new(&[
        ("month", Align::Right),
        ("sales", Align::Right),
        ("expenses", Align::Right),
        ("cash + bank", Align::Right),
        ("receivables", Align::Right),
        ("bookings", Align::Right),
    ]);
    for m in months.iter() {
        t.row(vec![
            m.number.to_string(),
            Money::new(m.sales, Currency::Usd).to_string(),
            Money::new(m.expenses, Currency::Usd).to_string(),
            Money::new(m.liquid, Currency::Usd).to_string(),
            Money::new(m.receivables, Currency::Usd).to_string(),
            m.bookings.to_string(),
        ]);
    }
    t.render()
}

pub fn ageing(book: &InvoiceBook, today: u32) -> String {
    let buckets = book.ageing(today);
    let mut parts = Vec::new();
    for (i, name) in BUCKETS.iter().enumerate() {
        parts.push(format!(
            "{} {}",
            name,
            Money::new(buckets[i], Currency::Usd)
        ));
    }
    format!(
        "receivables: {}; {} open, {} paid (after {} days on average), {} written off",
        join(&parts, ", "),
        book.count(Which::Open),
        book.count(Which::Paid),
        book.average_days_to_pay(),
        book.count(Which::WrittenOff)
    )
}

/// Bookings per tag, and failed attempts.
pub fn audit(ledger: &Ledger) -> (String, u64) {
    let mut ok = [0u32; 15];
    let mut failed = 0;
    let mut digest: u64 = 0xcbf2_9ce4_8422_2325;
    for entry in ledger.audit.iter() {
        let text = match &entry.outcome {
            Ok(id) => {
                ok[entry.tag.index()] += 1;
                format!("{}:{}:{}", entry.day, entry.tag.name(), id)
            }
            Err(kind) => {
                failed += 1;
                format!("{}:{}:{}", entry.day, entry.tag.name(), kind)
            }
        };
        for b in text.bytes() {
            digest ^= b as u64;
            digest = digest.wrapping_mul(0x0100_0000_01b3);
        }
    }
    let mut parts = Vec::new();
    for t in TAGS.iter() {
        let n = ok[t.index()];
        if n > 0 {
            parts.push(format!("{} {}", t.name(), n));
        }
    }
    (
        format!("booked: {}; refused: {}", join(&parts, ", "), failed),
        digest,
    )
}

/// The largest transaction by its debits, and how many transactions touch `account`.
pub fn journal_facts(ledger: &Ledger, account: AccountId) -> (String, usize) {
    let mut largest: Option<(i64, u64)> = None;
    let mut touching = 0;
    for tx in ledger.journal().iter() {
        let total = tx.debit_total();
        let bigger = match largest {
            Some((best, _)) => total > best,
            None => true,
        };
        if bigger {
            largest = Some((total, tx.id));
        }
        if tx.touches(account) {
            touching += 1;
        }
    }
    let text = match largest {
        Some((total, id)) => format!("#{} ({} minor units of debits)", id, total),
        None => "none".to_string(),
    };
    (text, touching)
}

fn join(parts: &[String], sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    out
}
