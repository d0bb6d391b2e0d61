//! A double-entry ledger and a year of a small company's trading: accounts in two currencies,
//! validation of every booking with typed errors, exchange rates, invoices, payroll, a loan,
//! quarterly closing and the usual reports. `main` checks the money arithmetic, runs the year,
//! prints the reports and a checksum of the audit trail.

mod account;
mod assets;
mod error;
mod fx;
mod invoices;
mod journal;
mod ledger;
mod money;
mod reports;
mod sim;
mod table;

use money::{parse_amount, round_half_even, Currency, Money};
use sim::{Company, DAYS};

/// Further seeds run after the one reported in full.
const OTHER_COMPANIES: u64 = 30;

/// Nearly the largest amount an i64 holds: twice it overflows.
const BIG: i64 = 9_000_000_000_000_000_000;

fn check(failures: &mut Vec<String>, ok: bool, what: &str) {
    if !ok {
        failures.push(what.to_string());
    }
}

/// The arithmetic the books rest on.
fn money_checks(failures: &mut Vec<String>) {
    let m = Money::of(100, 0, Currency::Usd);
    let parts = m.allocate(3);
    check(
        failures,
        parts.len() == 3 && parts[0].amount == 3334 && parts[2].amount == 3333,
        "allocate 100.00 in 3",
    );
    let mut sum = 0;
    for p in m.allocate_by(&[1, 1, 1, 7]).iter() {
        sum += p.amount;
    }
    check(failures, sum == m.amount, "weighted allocation adds up");
    check(
        failures,
        round_half_even(5, 2) == 2 && round_half_even(7, 2) == 4 && round_half_even(-5, 2) == -2,
        "half to even",
    );
    check(
        failures,
        Money::of(1234, 5, Currency::Usd).to_string() == "1,234.05 USD",
        "format dollars",
    );
    check(
        failures,
        Money::new(-1_234_567, Currency::Jpy).to_string() == "-1,234,567 JPY",
        "format yen",
    );
    match parse_amount("-1,234.5", Currency::Eur) {
        Ok(v) => check(
            failures,
            v == Money::new(-123_450, Currency::Eur),
            "parse euros",
        ),
        Err(e) => check(failures, false, &format!("parse euros: {}", e)),
    }
    check(
        failures,
        parse_amount("1.234", Currency::Usd).is_err()
            && parse_amount("12a", Currency::Usd).is_err(),
        "bad amounts",
    );
    check(
        failures,
        Money::of(1, 0, Currency::Usd)
            .add(&Money::of(1, 0, Currency::Eur))
            .is_err(),
        "no mixing currencies",
    );
    check(
        failures,
        Money::new(BIG, Currency::Usd)
            .add(&Money::new(BIG, Currency::Usd))
            .is_err(),
        "overflow is an error",
    );
    match Money::of(200, 0, Currency::Usd).scaled(1, 3) {
        Ok(v) => check(failures, v.amount == 6667, "a third of 200.00"),
        Err(_) => check(failures, false, "scaled"),
    }
    check(
        failures,
        Currency::parse("CHF") == Some(Currency::Chf) && Currency::parse("XYZ").is_none(),
        "currency codes",
    );
}

/// What the ledger says the machines are worth equals what the register says.
fn equipment_agrees(company: &Company) -> bool {
    let c = &company.chart;
    match (
        company.ledger.balance(c.equipment),
        company.ledger.balance(c.accumulated),
    ) {
        (Ok(cost), Ok(acc)) => {
            cost.amount + acc.amount == company.register.book_value(company.months.len() as u32)
        }
        _ => false,
    }
}

/// Runs the same year for more companies (other seeds); one summary line and a checksum.
fn other_companies(failures: &mut Vec<String>) -> (String, u64) {
    let mut digest: u64 = 0;
    let mut profits = 0;
    let mut losses = 0;
    let mut transactions = 0;
    let mut seed = 1;
    while seed <= OTHER_COMPANIES {
        let mut c = match Company::new(seed * 7919) {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("company {}: {}", seed, e));
                seed += 1;
                continue;
            }
        };
        c.run();
        let (_, ok) = reports::trial_balance(&c.ledger);
        check(
            failures,
            ok && c.surprises.is_empty(),
            &format!("company {} books", seed),
        );
        let (_, result) = reports::income_statement(&c.ledger, Currency::Usd);
        if result < 0 {
            losses += 1;
        } else {
            profits += 1;
        }
        transactions += c.ledger.journal().len();
        let (_, d) = reports::audit(&c.ledger);
        digest = digest.wrapping_mul(31).wrapping_add(d);
        seed += 1;
    }
    (
        format!(
            "{} more companies: {} in profit, {} at a loss, {} transactions",
            OTHER_COMPANIES, profits, losses, transactions
        ),
        digest,
    )
}

fn main() {
    let mut failures = Vec::new();
    money_checks(&mut failures);
    let mut company = match Company::new(0x1ED6E7) {
        Ok(c) => c,
        Err(e) => {
            println!("cannot set up the books: {}", e);
            std::process::exit(1);
        }
    };
    company.run();
    let ledger = &company.ledger;

    println!(
        "{} accounts, {} transactions over {} days",
        ledger.accounts().len(),
        ledger.journal().len(),
        DAYS
    );
    let (lines, balanced) = reports::trial_balance(ledger);
    for l in lines.iter() {
        println!("{}", l);
    }
    check(&mut failures, balanced, "trial balance");
    let (lines, profit) = reports::income_statement(ledger, Currency::Usd);
    for l in lines.iter() {
        println!("{}", l);
    }
    let (_, profit_eur) = reports::income_statement(ledger, Currency::Eur);
    let (largest, loan_bookings) = reports::journal_facts(ledger, company.chart.loan);
    println!(
        "largest transaction {}, {} bookings on the loan",
        largest, loan_bookings
    );
    println!("euro result: {}", Money::new(profit_eur, Currency::Eur));
    for c in [Currency::Usd, Currency::Eur].iter() {
        let (line, ok) = reports::balance_sheet(ledger, *c);
        println!("{}", line);
        check(&mut failures, ok, &format!("balance sheet in {}", c.code()));
    }
    for l in reports::monthly(&company.months).iter() {
        println!("{}", l);
    }
    println!("{}", reports::ageing(&company.invoices, DAYS));
    println!(
        "rates: {}, {}, {}",
        company.rates.show(Currency::Eur, Currency::Usd),
        company.rates.show(Currency::Usd, Currency::Jpy),
        company.rates.show(Currency::Gbp, Currency::Chf)
    );
    println!(
        "stock-outs {}, loan draws {}, closed through day {}",
        company.stock_outs,
        company.loan_draws,
        ledger.closed_through()
    );
    let mut expected = String::new();
    for (kind, n) in company.expected.iter() {
        expected.push_str(&format!(" {}x{}", kind, n));
    }
    println!("refused as intended:{}", expected);
    let (audit_line, digest) = reports::audit(ledger);
    println!("{}", audit_line);
    for s in company.surprises.iter() {
        failures.push(format!("surprise: {}", s));
    }
    for f in failures.iter() {
        println!("FAILED: {}", f);
    }
    let register = &company.register;
    let months = company.months.len() as u32;
    println!(
        "fixed assets: {}, book value {} (salvage {}), fully depreciated: {}",
        register.assets.len(),
        Money::new(register.book_value(months), Currency::Usd),
        Money::new(register.salvage_total(), Currency::Usd),
        register.retired(months).len()
    );
    check(
        &mut failures,
        equipment_agrees(&company),
        "depreciation booked = register",
    );
    let (others, other_digest) = other_companies(&mut failures);
    println!("{}", others);
    let result = Money::new(profit, Currency::Usd);
    let verdict = if result.is_negative() {
        "loss"
    } else {
        "profit"
    };
    println!(
        "net {} {}, audit checksum {}, all companies {}",
        verdict,
        result,
        digest,
        digest ^ other_digest
    );
    if !failures.is_empty() {
        std::process::exit(1);
    }
}
