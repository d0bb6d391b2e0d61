// `?` inside a closure: the error names the closure, points at its `|..|`, and gives the
// closure's return type once the body has decided it.

fn first_word(s: &str) -> Option<&str> {
    s.split(' ').next()
}

fn main() {
    let words = vec!["1", "2", "x"];
    let _parsed: Vec<i32> = words.iter().map(|w| w.parse::<i32>()?).collect();
    //~^ ERROR E0277
    let annotated = |w: &str| -> i32 { w.parse::<i32>()? }; //~ ERROR E0277
    let printing = move || {
        let n: i32 = "5".parse()?; //~ ERROR E0277
        println!("{}", n);
    };
    let first = |s: &str| first_word(s)?.len(); //~ ERROR E0277
    let fine = |w: &str| -> Result<i32, std::num::ParseIntError> { Ok(w.parse::<i32>()? + 1) };
    let nested = |a: &str| {
        let inner = |b: &str| b.parse::<u8>()?; //~ ERROR E0277
        inner(a)
    };
    let _ = (annotated("1"), first("a b"), fine("2"), nested("3"));
    printing();
}
