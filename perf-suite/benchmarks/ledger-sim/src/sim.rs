//! A year in the books of a small trading company: sales for cash and on credit, stock bought
//! on account, payroll, rent, a loan with monthly interest, euro sales swept into dollars,
//! refunds, bad debts and quarterly closing. Some bookings are wrong on purpose, each with the
//! error it must produce; anything else that fails is a finding.

use crate::account::{AccountId, Kind, Template};
use crate::assets::{FixedAsset, Register};
use crate::error::LedgerError;
use crate::fx::Rates;
use crate::invoices::{InvoiceBook, Status};
use crate::journal::{Tag, TxBuilder};
use crate::ledger::Ledger;
use crate::money::{Currency, Money};

pub const DAYS: u32 = 360;
const STAFF_WEIGHTS: [i64; 7] = [9, 7, 7, 5, 5, 4, 3];

/// xorshift64*: the only source of chance in the simulation.
pub struct Rng(u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo) as u64) as i64
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// The accounts the simulation books to.
pub struct Chart {
    pub cash: AccountId,
    pub bank: AccountId,
    pub receivables: AccountId,
    pub inventory: AccountId,
    pub payables: AccountId,
    pub loan: AccountId,
    pub tax: AccountId,
    pub equity: AccountId,
    pub retained: AccountId,
    pub fx_usd: AccountId,
    pub sales: AccountId,
    pub cogs: AccountId,
    pub salaries: AccountId,
    pub rent: AccountId,
    pub interest: AccountId,
    pub bad_debt: AccountId,
    pub equipment: AccountId,
    pub depreciation: AccountId,
    pub accumulated: AccountId,
    pub bank_eur: AccountId,
    pub equity_eur: AccountId,
    pub retained_eur: AccountId,
    pub fx_eur: AccountId,
    pub sales_eur: AccountId,
    pub fees_eur: AccountId,
    pub legacy: AccountId,
}

fn chart_templates() -> Vec<Template> {
    let usd = Currency::Usd;
    let eur = Currency::Eur;
    vec![
        Template::new("1000", "Cash on hand", Kind::Asset, usd),
        Template::new("1100", "Bank (USD)", Kind::Asset, usd).with_overdraft(2_000_000),
        Template::new("1200", "Receivables", Kind::Asset, usd),
        Template::new("1300", "Inventory", Kind::Asset, usd),
        Template::new("1500", "Equipment", Kind::Asset, usd),
        // A contra account: credited by depreciation, so its balance runs below zero.
        Template::new("1510", "Accumulated depreciation", Kind::Asset, usd)
            .with_overdraft(1_000_000_000),
        Template::new("1900", "Old petty cash", Kind::Asset, usd),
        Template::new("2000", "Payables", Kind::Liability, usd),
        Template::new("2100", "Bank loan", Kind::Liability, usd),
        Template::new("2200", "Sales tax payable", Kind::Liability, usd),
        Template::new("3000", "Owner's capital", Kind::Equity, usd),
        Template::new("3100", "Retained earnings", Kind::Equity, usd),
        Template::new("3900", "Currency exchange (USD)", Kind::Equity, usd),
        Template::new("4000", "Sales", Kind::Income, usd),
        Template::new("5000", "Cost of goods sold", Kind::Expense, usd),
        Template::new("5100", "Salaries", Kind::Expense, usd),
        Template::new("5200", "Rent", Kind::Expense, usd),
        Template::new("5300", "Interest", Kind::Expense, usd),
        Template::new("5400", "Bad debts", Kind::Expense, usd),
        Template::new("5500", "Depreciation", Kind::Expense, usd),
        Template::new("1110", "Bank (EUR)", Kind::Asset, eur),
        Template::new("3010", "Owner's capital (EUR)", Kind::Equity, eur),
        Template::new("3110", "Retained earnings (EUR)", Kind::Equity, eur),
        Template::new("3910", "Currency exchange (EUR)", Kind::Equity, eur),
        Template::new("4010", "Sales (EUR)", Kind::Income, eur),
        Template::new("5010", "Card fees (EUR)", Kind::Expense, eur),
    ]
}

fn open_chart(ledger: &mut Ledger) -> Result<Chart, LedgerError> {
    for t in chart_templates().iter() {
        ledger.open(t.clone())?;
    }
    let legacy = ledger.id_of("1900")?;
    ledger.freeze(legacy)?;
    Ok(Chart {
        cash: ledger.id_of("1000")?,
        bank: ledger.id_of("1100")?,
        receivables: ledger.id_of("1200")?,
        inventory: ledger.id_of("1300")?,
        payables: ledger.id_of("2000")?,
        loan: ledger.id_of("2100")?,
        tax: ledger.id_of("2200")?,
        equity: ledger.id_of("3000")?,
        retained: ledger.id_of("3100")?,
        fx_usd: ledger.id_of("3900")?,
        sales: ledger.id_of("4000")?,
        cogs: ledger.id_of("5000")?,
        salaries: ledger.id_of("5100")?,
        rent: ledger.id_of("5200")?,
        interest: ledger.id_of("5300")?,
        bad_debt: ledger.id_of("5400")?,
        equipment: ledger.id_of("1500")?,
        depreciation: ledger.id_of("5500")?,
        accumulated: ledger.id_of("1510")?,
        bank_eur: ledger.id_of("1110")?,
        equity_eur: ledger.id_of("3010")?,
        retained_eur: ledger.id_of("3110")?,
        fx_eur: ledger.id_of("3910")?,
        sales_eur: ledger.id_of("4010")?,
        fees_eur: ledger.id_of("5010")?,
        legacy,
    })
}

/// One month of activity, for the monthly report.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Month {
    pub number: u32,
    pub sales: i64,
    pub expenses: i64,
    pub liquid: i64,
    pub receivables: i64,
    pub bookings: u32,
}

pub struct Company {
    pub ledger: Ledger,
    pub rates: Rates,
    pub invoices: InvoiceBook,
    pub chart: Chart,
    pub months: Vec<Month>,
    /// Failures that were meant to happen, by kind.
    pub expected: Vec<(String, u32)>,
    /// Failures that were not, with what was being booked.
    pub surprises: Vec<String>,
    pub stock_outs: u32,
    pub loan_draws: u32,
    pub register: Register,
    rng: Rng,
    payables_due: Vec<(u32, Money)>,
    last_cash_sale: Option<u64>,
    current: Month,
}

fn usd(amount: i64) -> Money {
    Money::new(amount, Currency::Usd)
}

fn eur(amount: i64) -> Money {
    Money::new(amount, Currency::Eur)
}

impl Company {
    pub fn new(seed: u64) -> Result<Company, LedgerError> {
        let mut ledger = Ledger::new();
        let chart = open_chart(&mut ledger)?;
        Ok(Company {
            ledger,
            rates: Rates::new(seed ^ 0xABCD),
            invoices: InvoiceBook::new(),
            chart,
            months: Vec::new(),
            expected: Vec::new(),
            surprises: Vec::new(),
            stock_outs: 0,
            loan_draws: 0,
            register: Register::new(),
            rng: Rng(seed | 1),
            payables_due: Vec::new(),
            last_cash_sale: None,
            current: Month {
                number: 1,
                ..Month::default()
            },
        })
    }

    /// Books `b`; a failure is a surprise (the simulation only books what should work here).
    fn book(&mut self, b: TxBuilder, what: &str) -> Option<u64> {
        match self.ledger.post(b.build()) {
            Ok(id) => {
                self.current.bookings += 1;
                Some(id)
            }
            Err(e) => {
                self.surprises.push(format!("{}: {}", what, e));
                None
            }
        }
    }

    /// Records a failure that was meant to happen, or a surprise if it did not fail that way.
    fn expect_failure(&mut self, result: Result<u64, LedgerError>, kind: &str) {
        match result {
            Ok(id) => self.surprises.push(format!(
                "transaction #{} should have failed with {}",
                id, kind
            )),
            Err(e) => {
                if e.kind() != kind {
                    self.surprises.push(format!("expected {}, got {}", kind, e));
                    return;
                }
                for entry in self.expected.iter_mut() {
                    if entry.0.as_str() == kind {
                        entry.1 += 1;
                        return;
                    }
                }
                self.expected.push((kind.to_string(), 1));
            }
        }
    }

    pub fn run(&mut self) {
        self.opening();
        for day in 1..DAYS + 1 {
            self.rates.advance_day();
            self.sales(day);
            self.receipts(day);
            self.restock(day);
            self.pay_suppliers(day);
            self.sweep_cash(day);
            if day % 30 == 1 {
                self.pay_rent(day);
            }
            if day % 30 == 25 {
                self.payroll(day);
            }
            if day % 7 == 0 {
                self.convert_euros(day);
            }
            if day % 45 == 0 {
                self.refund(day);
            }
            if day % 30 == 15 {
                self.mistakes(day);
            }
            if day % 30 == 0 {
                self.month_end(day);
            }
            if day == 10 || day == 130 {
                self.buy_equipment(day);
            }
            if day % 90 == 0 {
                self.quarter_close(day);
            }
        }
    }

    fn opening(&mut self) {
        let c = &self.chart;
        let capital = TxBuilder::new(1, Tag::Opening, "owner's capital")
            .debit(c.bank, usd(25_000_000))
            .credit(c.equity, usd(25_000_000))
            .debit(c.bank_eur, eur(4_000_000))
            .credit(c.equity_eur, eur(4_000_000));
        let loan = TxBuilder::new(1, Tag::Loan, "bank loan")
            .debit(c.bank, usd(10_000_000))
            .credit(c.loan, usd(10_000_000));
        let stock = TxBuilder::new(1, Tag::Purchase, "initial stock")
            .debit(c.inventory, usd(6_000_000))
            .credit(c.bank, usd(6_000_000));
        self.book(capital, "capital");
        self.book(loan, "loan");
        self.book(stock, "initial stock");
    }

    fn sales(&mut self, day: u32) {
        let count = 1 + self.rng.below(5);
        let mut k = 0;
        while k < count {
            let net = self.rng.between(5_000, 250_000);
            let tax = usd(net).basis_points(800).unwrap_or(usd(0));
            let gross = usd(net + tax.amount);
            let customer = self.rng.below(20) as usize;
            let on_credit = self.rng.chance(45);
            let c = &self.chart;
            let debit_to = if on_credit { c.receivables } else { c.cash };
            let sale = TxBuilder::new(day, Tag::Sale, "sale")
                .debit(debit_to, gross)
                .credit(c.sales, usd(net))
                .credit(c.tax, tax);
            let (cogs, inventory) = (c.cogs, c.inventory);
            let id = self.book(sale, "sale");
            if id.is_none() {
                k += 1;
                continue;
            }
            self.current.sales += net;
            if on_credit {
                // Most customers pay within their terms, some late, a few never.
                let pays_on = if self.rng.chance(7) {
                    None
                } else {
                    Some(day + self.rng.between(5, 75) as u32)
                };
                self.invoices.issue(customer, gross, day, 30, pays_on);
            } else {
                self.last_cash_sale = id;
            }
            let cost = usd(net * 55 / 100);
            let take_stock = TxBuilder::new(day, Tag::CostOfSale, "cost of sale")
                .debit(cogs, cost)
                .credit(inventory, cost);
            match self.ledger.post(take_stock.build()) {
                Ok(_) => self.current.expenses += cost.amount,
                Err(LedgerError::InsufficientFunds { .. }) => {
                    // Out of stock: buy in a hurry, then book the cost again.
                    self.stock_outs += 1;
                    self.buy_stock(day, 8_000_000);
                    let retry =
                        TxBuilder::new(day, Tag::CostOfSale, "cost of sale (after restock)")
                            .debit(cogs, cost)
                            .credit(inventory, cost);
                    if self.book(retry, "cost of sale").is_some() {
                        self.current.expenses += cost.amount;
                    }
                }
                Err(e) => self.surprises.push(format!("cost of sale: {}", e)),
            }
            k += 1;
        }
        // A euro card sale now and then, with the card company's fee.
        if self.rng.chance(30) {
            let amount = self.rng.between(10_000, 180_000);
            let fee = eur(amount).basis_points(175).unwrap_or(eur(0));
            let c = &self.chart;
            let sale = TxBuilder::new(day, Tag::Sale, "card sale (EUR)")
                .debit(c.bank_eur, eur(amount - fee.amount))
                .debit(c.fees_eur, fee)
                .credit(c.sales_eur, eur(amount));
            self.book(sale, "euro sale");
        }
    }

    fn receipts(&mut self, day: u32) {
        for (index, amount) in self.invoices.due_for_payment(day).iter() {
            let c = &self.chart;
            let receipt = TxBuilder::new(day, Tag::Receipt, "customer payment")
                .debit(c.bank, *amount)
                .credit(c.receivables, *amount);
            if self.book(receipt, "receipt").is_some() {
                self.invoices.mark(*index, Status::Paid(day));
            }
        }
        for (index, amount) in self.invoices.older_than(day, 120).iter() {
            let c = &self.chart;
            let write_off = TxBuilder::new(day, Tag::WriteOff, "bad debt")
                .debit(c.bad_debt, *amount)
                .credit(c.receivables, *amount);
            if self.book(write_off, "write-off").is_some() {
                self.invoices.mark(*index, Status::WrittenOff(day));
                self.current.expenses += amount.amount;
            }
        }
    }

    fn buy_stock(&mut self, day: u32, amount: i64) {
        let c = &self.chart;
        let purchase = TxBuilder::new(day, Tag::Purchase, "stock on account")
            .debit(c.inventory, usd(amount))
            .credit(c.payables, usd(amount));
        if self.book(purchase, "purchase").is_some() {
            self.payables_due.push((day + 30, usd(amount)));
        }
    }

    fn restock(&mut self, day: u32) {
        let level = match self.ledger.balance(self.chart.inventory) {
            Ok(m) => m.amount,
            Err(_) => 0,
        };
        if level < 2_500_000 {
            let amount = self.rng.between(4_000_000, 7_000_000);
            self.buy_stock(day, amount);
        }
    }

    /// Pays the supplier bills due today; borrows more when the bank would go past its limit.
    fn pay_suppliers(&mut self, day: u32) {
        let mut due = Vec::new();
        let mut later = Vec::new();
        for (d, m) in self.payables_due.iter() {
            if *d <= day {
                due.push(*m);
            } else {
                later.push((*d, *m));
            }
        }
        self.payables_due = later;
        for amount in due.iter() {
            let c = &self.chart;
            let (bank, payables, loan) = (c.bank, c.payables, c.loan);
            let payment = TxBuilder::new(day, Tag::Payment, "supplier payment")
                .debit(payables, *amount)
                .credit(bank, *amount);
            match self.ledger.post(payment.build()) {
                Ok(_) => {}
                Err(LedgerError::InsufficientFunds { .. }) => {
                    self.loan_draws += 1;
                    let draw = TxBuilder::new(day, Tag::Loan, "loan draw")
                        .debit(bank, usd(5_000_000))
                        .credit(loan, usd(5_000_000));
                    self.book(draw, "loan draw");
                    let again = TxBuilder::new(day, Tag::Payment, "supplier payment (after draw)")
                        .debit(payables, *amount)
                        .credit(bank, *amount);
                    self.book(again, "supplier payment");
                }
                Err(e) => self.surprises.push(format!("supplier payment: {}", e)),
            }
        }
    }

    fn sweep_cash(&mut self, day: u32) {
        let cash = match self.ledger.balance(self.chart.cash) {
            Ok(m) => m.amount,
            Err(_) => 0,
        };
        if cash > 500_000 {
            let c = &self.chart;
            let sweep = TxBuilder::new(day, Tag::Payment, "cash to bank")
                .debit(c.bank, usd(cash))
                .credit(c.cash, usd(cash));
            self.book(sweep, "sweep");
        }
    }

    fn pay_rent(&mut self, day: u32) {
        let c = &self.chart;
        let rent = TxBuilder::new(day, Tag::Rent, "rent")
            .debit(c.rent, usd(450_000))
            .credit(c.bank, usd(450_000));
        if self.book(rent, "rent").is_some() {
            self.current.expenses += 450_000;
        }
    }

    /// Salaries split among the staff by weight; the parts add up to the payroll exactly.
    fn payroll(&mut self, day: u32) {
        let total = usd(3_600_000 + self.rng.between(0, 200_000));
        let parts = total.allocate_by(&STAFF_WEIGHTS);
        let c = &self.chart;
        let mut b = TxBuilder::new(day, Tag::Payroll, "payroll").credit(c.bank, total);
        for p in parts.iter() {
            b = b.debit(c.salaries, *p);
        }
        if self.book(b, "payroll").is_some() {
            self.current.expenses += total.amount;
        }
    }

    /// Euros above a float are sold for dollars at today's rate, through the exchange accounts.
    fn convert_euros(&mut self, day: u32) {
        let held = match self.ledger.balance(self.chart.bank_eur) {
            Ok(m) => m.amount,
            Err(_) => 0,
        };
        let float = 2_000_000;
        if held <= float {
            return;
        }
        let sell = eur(held - float);
        let bought = match self.rates.convert(&sell, Currency::Usd) {
            Ok(m) => m,
            Err(e) => {
                self.surprises.push(format!("conversion: {}", e));
                return;
            }
        };
        let c = &self.chart;
        let exchange = TxBuilder::new(day, Tag::Exchange, "sell euros")
            .debit(c.fx_eur, sell)
            .credit(c.bank_eur, sell)
            .debit(c.bank, bought)
            .credit(c.fx_usd, bought);
        self.book(exchange, "exchange");
    }

    /// A customer returns goods bought for cash: the sale is reversed; reversing it twice fails.
    fn refund(&mut self, day: u32) {
        let id = match self.last_cash_sale.take() {
            Some(id) => id,
            None => return,
        };
        match self.ledger.reverse(id, day) {
            Ok(_) => {}
            Err(LedgerError::InsufficientFunds { needed, .. }) => {
                // The till was swept to the bank: top it up, then pay the customer back.
                let c = &self.chart;
                let top_up = TxBuilder::new(day, Tag::Payment, "till top-up")
                    .debit(c.cash, needed)
                    .credit(c.bank, needed);
                self.book(top_up, "till top-up");
                match self.ledger.reverse(id, day) {
                    Ok(_) => {}
                    Err(e) => self.surprises.push(format!("refund after top-up: {}", e)),
                }
            }
            Err(e) => self.surprises.push(format!("refund: {}", e)),
        }
        let again = self.ledger.reverse(id, day);
        self.expect_failure(again, "already-reversed");
    }

    /// Bookings that break a rule, each with the error it must give.
    fn mistakes(&mut self, day: u32) {
        let c = &self.chart;
        let (legacy, cash, bank, sales, bank_eur) = (c.legacy, c.cash, c.bank, c.sales, c.bank_eur);
        let frozen = TxBuilder::new(day, Tag::Payment, "into the old petty cash")
            .debit(legacy, usd(1_000))
            .credit(cash, usd(1_000));
        let r = self.ledger.post(frozen.build());
        self.expect_failure(r, "frozen");
        let unbalanced = TxBuilder::new(day, Tag::Sale, "a typo")
            .debit(cash, usd(10_000))
            .credit(sales, usd(1_000));
        let r = self.ledger.post(unbalanced.build());
        self.expect_failure(r, "unbalanced");
        let mixed = TxBuilder::new(day, Tag::Payment, "euros into a dollar account")
            .debit(bank, eur(5_000))
            .credit(bank_eur, eur(5_000));
        let r = self.ledger.post(mixed.build());
        self.expect_failure(r, "currency-mismatch");
        let lonely = TxBuilder::new(day, Tag::Payment, "one posting").debit(bank, usd(100));
        let r = self.ledger.post(lonely.build());
        self.expect_failure(r, "empty");
        let zero = TxBuilder::new(day, Tag::Payment, "nothing")
            .debit(bank, usd(0))
            .credit(cash, usd(0));
        let r = self.ledger.post(zero.build());
        self.expect_failure(r, "zero-amount");
        let r = match self.ledger.id_of("9999") {
            Ok(id) => Ok(id.0 as u64),
            Err(e) => Err(e),
        };
        self.expect_failure(r, "unknown-code");
        let ghost = TxBuilder::new(day, Tag::Payment, "to nowhere")
            .debit(AccountId(999), usd(100))
            .credit(bank, usd(100));
        let r = self.ledger.post(ghost.build());
        self.expect_failure(r, "unknown-account");
        let raid = TxBuilder::new(day, Tag::Payment, "empty the till twice over")
            .debit(bank, usd(90_000_000))
            .credit(cash, usd(90_000_000));
        let r = self.ledger.post(raid.build());
        self.expect_failure(r, "insufficient-funds");
        if self.ledger.closed_through() > 0 {
            let late = TxBuilder::new(self.ledger.closed_through(), Tag::Sale, "back-dated sale")
                .debit(cash, usd(1_000))
                .credit(sales, usd(1_000));
            let r = self.ledger.post(late.build());
            self.expect_failure(r, "period-closed");
        }
    }

    fn month_end(&mut self, day: u32) {
        let c = &self.chart;
        // Interest of 0.75 % a month on the loan, added to what is owed.
        let owed = match self.ledger.account(c.loan) {
            Ok(a) => a.normal_balance(),
            Err(_) => usd(0),
        };
        let interest = owed.basis_points(75).unwrap_or(usd(0));
        if !interest.is_zero() {
            let accrue = TxBuilder::new(day, Tag::Interest, "loan interest")
                .debit(c.interest, interest)
                .credit(c.loan, interest);
            if self.book(accrue, "interest").is_some() {
                self.current.expenses += interest.amount;
            }
        }
        // Sales tax collected goes to the tax office.
        let c = &self.chart;
        let tax = match self.ledger.account(c.tax) {
            Ok(a) => a.normal_balance(),
            Err(_) => usd(0),
        };
        if tax.amount > 0 {
            let remit = TxBuilder::new(day, Tag::Payment, "sales tax")
                .debit(c.tax, tax)
                .credit(c.bank, tax);
            self.book(remit, "sales tax");
        }
        let month = self.current.number;
        self.depreciate(day, month);
        let c = &self.chart;
        let cash =
            self.ledger.balance(c.cash).map_or_zero() + self.ledger.balance(c.bank).map_or_zero();
        let receivable = self.ledger.balance(c.receivables).map_or_zero();
        self.current.liquid = cash;
        self.current.receivables = receivable;
        self.months.push(self.current);
        self.current = Month {
            number: self.current.number + 1,
            ..Month::default()
        };
    }

    /// Machines paid from the bank and depreciated over three to five years.
    fn buy_equipment(&mut self, day: u32) {
        let month = day / 30 + 1;
        let cost = usd(self.rng.between(1_500_000, 4_000_000));
        let life = 36 + 12 * self.rng.below(3) as u32;
        let name = format!("machine bought on day {}", day);
        let c = &self.chart;
        let purchase = TxBuilder::new(day, Tag::Purchase, &name)
            .debit(c.equipment, cost)
            .credit(c.bank, cost);
        if self.book(purchase, "equipment").is_some() {
            let salvage = cost.basis_points(1_000).unwrap_or(usd(0));
            self.register
                .add(FixedAsset::new(&name, cost, salvage, life, month));
        }
    }

    fn depreciate(&mut self, day: u32, month: u32) {
        let charge = self.register.charge_for(month);
        if charge == 0 {
            return;
        }
        let c = &self.chart;
        let entry = TxBuilder::new(day, Tag::Depreciation, "monthly depreciation")
            .debit(c.depreciation, usd(charge))
            .credit(c.accumulated, usd(charge));
        if self.book(entry, "depreciation").is_some() {
            self.current.expenses += charge;
        }
    }

    fn quarter_close(&mut self, day: u32) {
        let retained = [
            (Currency::Usd, self.chart.retained),
            (Currency::Eur, self.chart.retained_eur),
        ];
        match self.ledger.close_period(day, &retained) {
            Ok(_) => {}
            Err(e) => self.surprises.push(format!("closing: {}", e)),
        }
    }
}

/// The minor units of a balance lookup, zero if the account is unknown.
trait OrZero {
    fn map_or_zero(self) -> i64;
}

impl OrZero for Result<Money, LedgerError> {
    fn map_or_zero(self) -> i64 {
        match self {
            Ok(m) => m.amount,
            Err(_) => 0,
        }
    }
}
