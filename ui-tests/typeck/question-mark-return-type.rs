// `?` in a function that returns `()`: a free function without a return type gets rustc's
// "consider adding return type" (and `Ok(())` when its body has no tail); a method is called one.

fn read() {
    let s = "x".parse::<i32>()?; //~ ERROR E0277
    println!("{}", s)
}

fn tail() -> () {
    let n: i32 = "3".parse()?; //~ ERROR E0277
}

fn first() {
    let v = vec![1];
    let f = v.first()?; //~ ERROR E0277
}

struct Config;

impl Config {
    fn load(&self) {
        let n: i32 = "3".parse()?; //~ ERROR E0277
    }

    fn build() {
        let n: i32 = "3".parse()?; //~ ERROR E0277
    }
}

fn main() {
    if true {
        let n: i32 = "3".parse()?; //~ ERROR E0277
    }
}
