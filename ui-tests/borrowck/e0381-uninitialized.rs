// A binding declared without a value and used before every path initializes it (E0381): "isn't
// initialized" with rustc's "consider assigning a value" (`42`, `false`, `String::new()`...), or
// "is possibly-uninitialized" naming where some paths initialize it. Valid: initialized on every
// path (both arms, an arm that returns, a `loop` that breaks after assigning, after a `while`).
fn f(c: bool, n: u8) -> u32 {
    let a;
    if c {
        a = 1;
    } else {
        a = 2;
    }
    let b: u32;
    match n {
        0 => b = 5,
        _ => return 0,
    }
    let d;
    loop {
        d = 3;
        break;
    }
    let e: u32;
    let mut i = 0;
    while i < 3 {
        i += 1;
    }
    e = 4;
    a + b + d + e
}

fn main() {
    let x: i32;
    println!("{}", x); //~ ERROR used binding `x` isn't initialized
    let y: String;
    if f(true, 0) > 0 {
        y = String::from("a");
    }
    println!("{}", y); //~ ERROR used binding `y` is possibly-uninitialized
    let z: u8;
    let w = z + 1; //~ ERROR used binding `z` isn't initialized
    let s: &str;
    let t: bool;
    let v: Vec<u8>;
    let o: Option<u8>;
    let fl: f64;
    println!("{} {}", w, s); //~ ERROR used binding `s` isn't initialized
    println!("{} {:?} {:?} {}", t, v, o, fl);
    //~^ ERROR used binding `t` isn't initialized
    //~| ERROR used binding `v` isn't initialized
    //~| ERROR used binding `o` isn't initialized
    //~| ERROR used binding `fl` isn't initialized
}
