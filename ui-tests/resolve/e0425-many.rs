//@ edition: 2021
// Resolution errors across several items and modules, in definition order.
mod store {
    pub struct Item {
        pub name: String,
        pub price: u32,
    }

    pub fn total(items: &[Item]) -> u32 {
        let mut sum = 0;
        for it in items {
            sum += it.prise; //~ ERROR no field `prise` on type `&Item`
            sum += pric; //~ ERROR cannot find value `pric` in this scope
        }
        summ //~ ERROR cannot find value `summ` in this scope
    }
}

mod report {
    use super::store::Item;

    pub fn describe(item: &Item) -> String {
        format!("{}: {}", item.name, cost) //~ ERROR cannot find value `cost` in this scope
    }

    pub fn header() -> Strin { //~ ERROR cannot find type `Strin` in this scope
        String::from("report")
    }
}

fn main() {
    let items: Vec<store::Item> = Vec::new();
    let t = store::total(&items);
    let h = report::header();
    println!("{} {}", t, h);
    undefined_function(t); //~ ERROR cannot find function `undefined_function` in this scope
    let x = missing_value + 1; //~ ERROR cannot find value `missing_value` in this scope
}
