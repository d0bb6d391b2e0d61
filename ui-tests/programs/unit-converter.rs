//@ run-pass
//@ check-run-results
//@ edition: 2021
// A unit converter: a trait with an associated const and default methods, generic quantities
// `Quantity<U: Unit>` with PhantomData, operator overloading between quantities of one unit,
// generic functions with trait bounds and where clauses, and conversions through a base unit.
use std::fmt;
use std::marker::PhantomData;
use std::ops::{Add, Mul, Sub};

trait Unit: Copy {
    const SYMBOL: &'static str;
    const TO_BASE: f64;
    const OFFSET: f64 = 0.0;
    fn kind() -> &'static str;
}

macro_rules! unit {
    ($name:ident, $sym:expr, $factor:expr, $kind:expr) => {
        #[derive(Debug, Clone, Copy)]
        struct $name;
        impl Unit for $name {
            const SYMBOL: &'static str = $sym;
            const TO_BASE: f64 = $factor;
            fn kind() -> &'static str {
                $kind
            }
        }
    };
}

unit!(Meter, "m", 1.0, "length");
unit!(Kilometer, "km", 1000.0, "length");
unit!(Mile, "mi", 1609.344, "length");
unit!(Foot, "ft", 0.3048, "length");
unit!(Kilogram, "kg", 1.0, "mass");
unit!(Pound, "lb", 0.45359237, "mass");

#[derive(Debug, Clone, Copy)]
struct Celsius;
impl Unit for Celsius {
    const SYMBOL: &'static str = "°C";
    const TO_BASE: f64 = 1.0;
    const OFFSET: f64 = 273.15;
    fn kind() -> &'static str {
        "temperature"
    }
}

#[derive(Debug, Clone, Copy)]
struct Fahrenheit;
impl Unit for Fahrenheit {
    const SYMBOL: &'static str = "°F";
    const TO_BASE: f64 = 5.0 / 9.0;
    const OFFSET: f64 = 255.37222222222223;
    fn kind() -> &'static str {
        "temperature"
    }
}

#[derive(Clone, Copy)]
struct Quantity<U: Unit> {
    value: f64,
    unit: PhantomData<U>,
}

fn q<U: Unit>(value: f64) -> Quantity<U> {
    Quantity { value, unit: PhantomData }
}

impl<U: Unit> Quantity<U> {
    fn to_base(self) -> f64 {
        self.value * U::TO_BASE + U::OFFSET
    }
    fn convert<V: Unit>(self) -> Result<Quantity<V>, String> {
        if U::kind() != V::kind() {
            return Err(format!("cannot convert {} ({}) to {} ({})", U::SYMBOL, U::kind(), V::SYMBOL, V::kind()));
        }
        Ok(q((self.to_base() - V::OFFSET) / V::TO_BASE))
    }
}

impl<U: Unit> fmt::Display for Quantity<U> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let text = match f.precision() {
            Some(p) => format!("{:.*} {}", p, self.value, U::SYMBOL),
            None => format!("{} {}", self.value, U::SYMBOL),
        };
        write!(f, "{:>width$}", text, width = f.width().unwrap_or(0))
    }
}

impl<U: Unit> Add for Quantity<U> {
    type Output = Quantity<U>;
    fn add(self, rhs: Self) -> Self {
        q(self.value + rhs.value)
    }
}

impl<U: Unit> Sub for Quantity<U> {
    type Output = Quantity<U>;
    fn sub(self, rhs: Self) -> Self {
        q(self.value - rhs.value)
    }
}

impl<U: Unit> Mul<f64> for Quantity<U> {
    type Output = Quantity<U>;
    fn mul(self, k: f64) -> Self {
        q(self.value * k)
    }
}

fn total<U: Unit>(parts: &[Quantity<U>]) -> Quantity<U> {
    parts.iter().fold(q(0.0), |acc, &p| acc + p)
}

fn report<U, V>(values: &[f64])
where
    U: Unit,
    V: Unit,
{
    for &v in values {
        let from: Quantity<U> = q(v);
        match from.convert::<V>() {
            Ok(to) => println!("{:>10.2} = {:.3}", from, to),
            Err(e) => println!("{:>10.2}: {}", from, e),
        }
    }
}

fn main() {
    println!("-- lengths");
    report::<Mile, Kilometer>(&[1.0, 26.2, 0.5]);
    report::<Foot, Meter>(&[3.0, 5280.0]);
    println!("-- masses");
    report::<Pound, Kilogram>(&[1.0, 150.0]);
    println!("-- temperatures");
    report::<Celsius, Fahrenheit>(&[-40.0, 0.0, 37.0, 100.0]);
    report::<Fahrenheit, Celsius>(&[32.0, 451.0]);
    println!("-- mismatches");
    report::<Mile, Pound>(&[1.0]);

    let legs = [q::<Kilometer>(12.5), q(7.25), q(3.0)];
    let trip = total(&legs);
    println!("trip: {:.2} = {:.2}", trip, trip.convert::<Mile>().unwrap());
    let remaining = trip - q(10.0);
    println!("remaining after 10 km: {}", remaining);
    let doubled = remaining * 2.0;
    println!("doubled: {:.1}, in feet {:.0}", doubled, doubled.convert::<Foot>().unwrap());
    println!("base of 1 mi: {} m, kinds: {} / {}", q::<Mile>(1.0).to_base(), Mile::kind(), Celsius::kind());
}
