// Names looked up in a module that does not have them.
mod math {
    pub fn double(x: i32) -> i32 {
        x * 2
    }
    pub const LIMIT: i32 = 100;
}

fn main() {
    let a = math::dubble(3); //~ ERROR cannot find function `dubble` in module `math`
    let b = math::LIMITS; //~ ERROR cannot find value `LIMITS` in module `math`
    let c = math::triple(a); //~ ERROR cannot find function `triple` in module `math`
    println!("{} {} {}", a, b, c);
}
