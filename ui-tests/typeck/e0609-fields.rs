// Fields that do not exist, fields of primitive types, tuple indices out of range.
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
}

struct Pair(i32, i32);

fn main() {
    let c = Config { name: String::new(), retries: 3, verbose: false };
    let a = c.nmae; //~ ERROR no field `nmae` on type `Config`
    let b = c.timeout; //~ ERROR no field `timeout` on type `Config`
    let p = Pair(1, 2);
    let d = p.2; //~ ERROR no field `2` on type `Pair`
    let t = (1, "two");
    let e = t.5; //~ ERROR no field `5` on type `({integer}, &str)`
    let n = 5u32;
    let f = n.value; //~ ERROR `u32` is a primitive type and therefore doesn't have fields
    let g = 1.0f64.x; //~ ERROR `f64` is a primitive type and therefore doesn't have fields
    let v = vec![1];
    let h = v.len; //~ ERROR field `len` of struct `Vec` is private
    println!("{} {} {} {} {} {} {}", a, b, d, e, f, g, h);
}
