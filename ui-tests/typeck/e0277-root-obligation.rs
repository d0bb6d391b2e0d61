// When an impl's own bound fails for the same type, rustc's message names the bound the caller
// asked for (the root obligation), the label or help names the one that failed, and a
// "required for" note joins them. An argument whose reference would do gets "consider
// borrowing here".

struct Celsius(f64);

fn describe<T: ToString>(value: T) -> String {
    value.to_string()
}

fn main() {
    let text = String::from("hot and cold");
    let needle = String::from("cold");
    if text.contains(needle) { //~ ERROR E0277
        println!("found");
    }
    let width = 5;
    let _parts: Vec<&str> = text.split(width).collect();
    //~^ ERROR E0277
    //~| ERROR E0599
    let _ = describe(Celsius(21.5)); //~ ERROR E0277
}
