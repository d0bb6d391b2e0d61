// An online shop whose types changed under it: prices became integers of cents, a field was
// renamed, a trait gained a method. Type errors hide the borrow and liveness diagnostics of their
// own body only; the bodies without type errors still get theirs.
#![warn(unused_variables, unused_mut, unused_assignments)]

mod money {
    pub struct Cents(pub i64);

    pub fn add(a: &Cents, b: &Cents) -> Cents {
        Cents(a.0 + b.0)
    }

    pub fn format(c: &Cents) -> String {
        format!("{}.{:02}", c.0 / 100, c.0 % 100)
    }

    pub fn discount(c: &Cents, percent: i64) -> Cents {
        let cut: f64 = c.0 * percent / 100; //~ ERROR mismatched types
        let mut unused_in_bad_body = 0;
        Cents(c.0 - cut) //~ ERROR cannot subtract `f64` from `i64`
    }
}

mod catalog {
    use crate::money::Cents;

    pub struct Product {
        pub name: String,
        pub price: Cents,
        pub stock: u32,
    }

    pub trait Describe {
        fn title(&self) -> String;
        fn summary(&self) -> String;
    }

    impl Describe for Product { //~ ERROR not all trait items implemented, missing: `summary`
        fn title(&self) -> String {
            self.name.clone()
        }
    }

    pub fn make(name: &str, cents: i64) -> Product {
        Product { name: name.to_string(), price: Cents(cents), stock: 0, weight: 1 } //~ ERROR struct `catalog::Product` has no field named `weight`
    }

    pub fn sample() -> Product {
        Product { name: String::from("sample"), price: Cents(0) } //~ ERROR missing field `stock` in initializer of `catalog::Product`
    }

    pub fn restock(p: &mut Product, n: u32) {
        p.stock += n;
    }

    pub fn in_stock(p: &Product) -> bool {
        p.quantity > 0 //~ ERROR no field `quantity` on type `&catalog::Product`
    }
}

mod cart {
    use crate::catalog::Product;
    use crate::money::{self, Cents};

    pub struct Line {
        pub product: Product,
        pub qty: u32,
    }

    pub struct Cart {
        pub lines: Vec<Line>,
        pub owner: String,
    }

    impl Cart {
        pub fn new(owner: &str) -> Cart {
            Cart { lines: Vec::new(), owner: owner.to_string() }
        }

        pub fn add(&mut self, product: Product, qty: u32) {
            self.lines.push(Line { product, qty });
        }

        pub fn total(&self) -> Cents {
            let mut sum = Cents(0);
            for l in &self.lines {
                let line = Cents(l.product.price.0 * l.qty as i64);
                sum = money::add(&sum, &line);
            }
            sum
        }

        pub fn count(&self) -> u32 {
            self.lines.iter().map(|l| l.qty).sum::<u32>() + self.lines.len() //~ ERROR mismatched types
            //~| ERROR cannot add `usize` to `u32`
        }

        pub fn first_name(&self) -> &str {
            let first = &self.lines[0];
            first.product.name.as_str()
        }

        pub fn take_first(&mut self) -> Line {
            let first = self.lines.remove(0);
            let again = first;
            println!("{}", first.qty); //~ ERROR borrow of moved value: `first`
            again
        }

        pub fn clear_with_log(&mut self) {
            let lines = &self.lines;
            self.lines.clear(); //~ ERROR cannot borrow `self.lines` as mutable because it is also borrowed as immutable
            println!("{}", lines.len());
        }
    }
}

mod checkout {
    use crate::cart::Cart;
    use crate::money;

    pub fn pay(cart: &Cart, budget: i64) -> Result<i64, String> {
        let total = cart.total();
        if total.0 > budget {
            return Err(format!("need {}", money::format(&total)));
        }
        Ok(budget - total.0)
    }

    pub fn receipt(cart: &Cart) -> String {
        let mut out = String::new();
        out.push_str(&cart.owner);
        out.push_str(money::format(&cart.total())); //~ ERROR mismatched types
        out
    }

    pub fn tax(amount: i64, rate: i64) -> i64 {
        amount * rate / 100
    }

    pub fn grand_total(cart: &Cart) -> i64 {
        let t = cart.total().0;
        t + tax(t) //~ ERROR this function takes 2 arguments but 1 argument was supplied
    }

    pub fn audit(cart: &Cart) -> usize {
        let mut checked = 0; //~ WARN variable `checked` is assigned to, but never used
        let owner = cart.owner.clone(); //~ WARN unused variable: `owner`
        checked = 1; //~ WARN value assigned to `checked` is never read
        cart.lines.len()
    }
}

struct Coupon {
    code: String,
    percent: i64,
}

fn apply(coupons: Vec<Coupon>, cart: &cart::Cart) -> i64 {
    let mut best = 0;
    for c in coupons {
        if c.percent > best {
            best = c.percent;
        }
    }
    let codes: Vec<String> = coupons.iter().map(|c| c.code.clone()).collect(); //~ ERROR borrow of moved value: `coupons`
    println!("{}", codes.len());
    cart.total().0 * best / 100
}

fn print_all<T: std::fmt::Display>(items: &[T]) {
    for i in items {
        println!("{}", i);
    }
}

fn main() {
    let mut cart = cart::Cart::new("dana");
    let p = catalog::make("lamp", 1999);
    // Not reported: this body has type errors, so it gets no borrow checking and no liveness.
    catalog::restock(&mut p, 3);
    cart.add(p, 2);
    let lines = cart.lines.len();
    print_all(&cart.lines); //~ ERROR `Line` doesn't implement `std::fmt::Display`
    println!("{}", cart.total().cents()); //~ ERROR no method named `cents` found for struct `Cents` in the current scope
    println!("{:?}", checkout::pay(&cart, 5000));
    println!("{}", checkout::receipt(&cart));
    println!("{}", checkout::grand_total(&cart));
    println!("{}", apply(Vec::new(), &cart));
    let mut spare = 10;
}
