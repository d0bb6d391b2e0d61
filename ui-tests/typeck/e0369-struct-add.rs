struct Money {
    cents: u64,
}

fn main() {
    let a = Money { cents: 100 };
    let b = Money { cents: 250 };
    let total = a + b; //~ ERROR cannot add `Money` to `Money`
    let _ = total;
}
