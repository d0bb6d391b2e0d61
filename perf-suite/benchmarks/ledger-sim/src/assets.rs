//! Fixed assets and straight-line depreciation: the cost less the salvage value is spread over
//! the useful life in months, in parts that add up exactly, and booked month by month.

use crate::money::Money;

#[derive(Debug, Clone, PartialEq)]
pub struct FixedAsset {
    pub name: String,
    pub cost: Money,
    pub salvage: Money,
    pub life_months: u32,
    /// The first month (from 1) that carries depreciation.
    pub first_month: u32,
    schedule: Vec<Money>,
}

impl FixedAsset {
    pub fn new(
        name: &str,
        cost: Money,
        salvage: Money,
        life_months: u32,
        first_month: u32,
    ) -> FixedAsset {
        let depreciable = Money::new(cost.amount - salvage.amount, cost.currency);
        let schedule = depreciable.allocate(life_months as usize);
        FixedAsset {
            name: name.to_string(),
            cost,
            salvage,
            life_months,
            first_month,
            schedule,
        }
    }

    /// The depreciation of month `month` (zero outside the asset's life).
    pub fn charge_for(&self, month: u32) -> Money {
        if month < self.first_month || month >= self.first_month + self.life_months {
            return Money::zero(self.cost.currency);
        }
        self.schedule[(month - self.first_month) as usize]
    }

    /// Cost less the depreciation of every month up to and including `month`.
    pub fn book_value(&self, month: u32) -> Money {
        let mut value = self.cost.amount;
        let mut m = self.first_month;
        while m <= month && m < self.first_month + self.life_months {
            value -= self.charge_for(m).amount;
            m += 1;
        }
        Money::new(value, self.cost.currency)
    }

    pub fn fully_depreciated(&self, month: u32) -> bool {
        month + 1 >= self.first_month + self.life_months
    }
}

/// The register of fixed assets.
pub struct Register {
    pub assets: Vec<FixedAsset>,
}

impl Register {
    pub fn new() -> Register {
        Register { assets: Vec::new() }
    }

    pub fn add(&mut self, asset: FixedAsset) {
        self.assets.push(asset);
    }

    /// The total depreciation of `month` over all assets, in minor units.
    pub fn charge_for(&self, month: u32) -> i64 {
        let mut total = 0;
        for a in self.assets.iter() {
            total += a.charge_for(month).amount;
        }
        total
    }

    pub fn book_value(&self, month: u32) -> i64 {
        let mut total = 0;
        for a in self.assets.iter() {
            total += a.book_value(month).amount;
        }
        total
    }

    /// Names of the assets whose depreciation is complete by `month`.
    pub fn retired(&self, month: u32) -> Vec<String> {
        let mut out = Vec::new();
        for a in self.assets.iter() {
            if a.fully_depreciated(month) {
                out.push(a.name.clone());
            }
        }
        out
    }

    pub fn salvage_total(&self) -> i64 {
        let mut total = 0;
        for a in self.assets.iter() {
            total += a.salvage.amount;
        }
        total
    }
}
