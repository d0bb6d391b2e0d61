//@ run-pass
//@ check-run-results

#[derive(Debug, Clone, PartialEq)]
struct Item {
    name: String,
    qty: u32,
    price_cents: u64,
}

struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn new() -> Inventory {
        Inventory { items: Vec::new() }
    }

    fn add(&mut self, name: &str, qty: u32, price_cents: u64) {
        for it in self.items.iter_mut() {
            if it.name == name {
                it.qty += qty;
                return;
            }
        }
        self.items.push(Item { name: name.to_string(), qty, price_cents });
    }

    fn total(&self) -> u64 {
        self.items.iter().map(|i| i.qty as u64 * i.price_cents).sum()
    }

    fn cheapest(&self) -> Option<&Item> {
        let mut best: Option<&Item> = None;
        for it in &self.items {
            best = match best {
                Some(b) if b.price_cents <= it.price_cents => Some(b),
                _ => Some(it),
            };
        }
        best
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add("bolt", 10, 25);
    inv.add("nut", 5, 10);
    inv.add("bolt", 3, 25);
    inv.add("gear", 1, 1999);
    for it in &inv.items {
        println!("{:<5} x{:>3} @ {:>5}", it.name, it.qty, it.price_cents);
    }
    let t = inv.total();
    println!("total ${}.{:02}", t / 100, t % 100);
    println!("{:?}", inv.cheapest());
    let first = inv.items[0].clone();
    inv.items[0].qty = 0;
    println!("{:?} {}", first, first == inv.items[0]);
}
