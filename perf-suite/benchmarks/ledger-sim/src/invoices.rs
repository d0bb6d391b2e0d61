//! Invoices to customers: issued on credit, paid (in full) on some later day, or written off
//! when too old. The book answers the ageing questions a receivables report asks.

use crate::money::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    Paid(u32),
    WrittenOff(u32),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Invoice {
    pub number: u32,
    pub customer: usize,
    pub amount: Money,
    pub issued: u32,
    pub due: u32,
    /// The day the customer will pay, decided when the invoice is issued (None: never).
    pub pays_on: Option<u32>,
    pub status: Status,
}

impl Invoice {
    pub fn is_open(&self) -> bool {
        self.status == Status::Open
    }

    pub fn days_overdue(&self, today: u32) -> u32 {
        if today > self.due {
            today - self.due
        } else {
            0
        }
    }
}

/// Ageing buckets: current, 1-30, 31-60, 61-90 and over 90 days past due.
pub const BUCKETS: [&str; 5] = ["current", "1-30", "31-60", "61-90", "90+"];

pub struct InvoiceBook {
    pub invoices: Vec<Invoice>,
    next_number: u32,
}

impl InvoiceBook {
    pub fn new() -> InvoiceBook {
        InvoiceBook {
            invoices: Vec::new(),
            next_number: 1000,
        }
    }

    pub fn issue(
        &mut self,
        customer: usize,
        amount: Money,
        day: u32,
        terms: u32,
        pays_on: Option<u32>,
    ) -> u32 {
        let number = self.next_number;
        self.next_number += 1;
        self.invoices.push(Invoice {
            number,
            customer,
            amount,
            issued: day,
            due: day + terms,
            pays_on,
            status: Status::Open,
        });
        number
    }

    /// Open invoices the customer pays today, as (index, amount).
    pub fn due_for_payment(&self, today: u32) -> Vec<(usize, Money)> {
        let mut out = Vec::new();
        for (i, inv) in self.invoices.iter().enumerate() {
            if inv.is_open() && inv.pays_on == Some(today) {
                out.push((i, inv.amount));
            }
        }
        out
    }

    /// Open invoices more than `days` past due, as (index, amount).
    pub fn older_than(&self, today: u32, days: u32) -> Vec<(usize, Money)> {
        let mut out = Vec::new();
        for (i, inv) in self.invoices.iter().enumerate() {
            if inv.is_open() && inv.days_overdue(today) > days {
                out.push((i, inv.amount));
            }
        }
        out
    }

    pub fn mark(&mut self, index: usize, status: Status) {
        self.invoices[index].status = status;
    }

    /// Open amounts per ageing bucket, in minor units.
    pub fn ageing(&self, today: u32) -> [i64; 5] {
        let mut b = [0; 5];
        for inv in self.invoices.iter() {
            if !inv.is_open() {
                continue;
            }
            let late = inv.days_overdue(today);
            let k = match late {
                0 => 0,
                1..=30 => 1,
                31..=60 => 2,
                61..=90 => 3,
                _ => 4,
            };
            b[k] += inv.amount.amount;
        }
        b
    }

    /// Average days from issue to payment over paid invoices.
    pub fn average_days_to_pay(&self) -> u32 {
        let mut total = 0;
        let mut n = 0;
        for inv in self.invoices.iter() {
            match inv.status {
                Status::Paid(day) => {
                    total += day - inv.issued;
                    n += 1;
                }
                _ => {}
            }
        }
        if n == 0 {
            0
        } else {
            total / n
        }
    }

    /// How many invoices are open, paid or written off.
    pub fn count(&self, which: Which) -> usize {
        let mut n = 0;
        for inv in self.invoices.iter() {
            let hit = match (which, inv.status) {
                (Which::Open, Status::Open) => true,
                (Which::Paid, Status::Paid(_)) => true,
                (Which::WrittenOff, Status::WrittenOff(_)) => true,
                _ => false,
            };
            if hit {
                n += 1;
            }
        }
        n
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Open,
    Paid,
    WrittenOff,
}
