//@ check-pass
// A small inventory system: structs, enums, impls, traits, matching, moves and borrows.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Category {
    Tool,
    Food,
    Book,
}

#[derive(Debug, Clone)]
struct Item {
    name: String,
    category: Category,
    price_cents: u32,
    quantity: u32,
}

impl Item {
    fn new(name: &str, category: Category, price_cents: u32, quantity: u32) -> Item {
        Item { name: name.to_string(), category, price_cents, quantity }
    }

    fn total_value(&self) -> u64 {
        self.price_cents as u64 * self.quantity as u64
    }

    fn restock(&mut self, amount: u32) {
        self.quantity += amount;
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} x{} @ {}", self.name, self.quantity, self.price_cents)
    }
}

enum Command {
    Add(Item),
    Remove { name: String },
    Restock(String, u32),
    Report,
}

struct Inventory {
    items: Vec<Item>,
    log: Vec<String>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: Vec::new(), log: Vec::new() }
    }

    fn find_mut(&mut self, name: &str) -> Option<&mut Item> {
        self.items.iter_mut().find(|i| i.name == name)
    }

    fn apply(&mut self, cmd: Command) -> Result<(), String> {
        match cmd {
            Command::Add(item) => {
                self.log.push(format!("added {}", item.name));
                self.items.push(item);
                Ok(())
            }
            Command::Remove { name } => {
                let before = self.items.len();
                self.items.retain(|i| i.name != name);
                if self.items.len() == before {
                    return Err(format!("no item named {}", name));
                }
                self.log.push(format!("removed {}", name));
                Ok(())
            }
            Command::Restock(name, amount) => match self.find_mut(&name) {
                Some(item) => {
                    item.restock(amount);
                    Ok(())
                }
                None => Err(format!("cannot restock {}", name)),
            },
            Command::Report => {
                let total: u64 = self.items.iter().map(|i| i.total_value()).sum();
                self.log.push(format!("total {}", total));
                Ok(())
            }
        }
    }

    fn by_category(&self) -> HashMap<String, u32> {
        let mut counts = HashMap::new();
        for item in &self.items {
            let key = match item.category {
                Category::Tool => "tool",
                Category::Food => "food",
                Category::Book => "book",
            };
            *counts.entry(key.to_string()).or_insert(0) += item.quantity;
        }
        counts
    }
}

fn cheapest(items: &[Item]) -> Option<&Item> {
    let mut best: Option<&Item> = None;
    for item in items {
        best = match best {
            None => Some(item),
            Some(b) if item.price_cents < b.price_cents => Some(item),
            Some(b) => Some(b),
        };
    }
    best
}

fn main() {
    let mut inv = Inventory::new();
    let hammer = Item::new("hammer", Category::Tool, 1500, 3);
    let copy = hammer.clone();
    let commands = vec![
        Command::Add(hammer),
        Command::Add(Item::new("apple", Category::Food, 50, 100)),
        Command::Add(Item::new("novel", Category::Book, 1200, 2)),
        Command::Restock(String::from("apple"), 20),
        Command::Remove { name: String::from("novel") },
        Command::Remove { name: String::from("ghost") },
        Command::Report,
    ];
    for cmd in commands {
        if let Err(e) = inv.apply(cmd) {
            println!("error: {}", e);
        }
    }
    println!("{}", copy);
    if let Some(c) = cheapest(&inv.items) {
        println!("cheapest: {}", c);
    }
    let counts = inv.by_category();
    let mut keys: Vec<&String> = counts.keys().collect();
    keys.sort();
    for k in keys {
        println!("{}: {}", k, counts[k]);
    }
    for line in &inv.log {
        println!("{}", line);
    }
    let same = copy.category == Category::Tool;
    println!("{}", same);
}
