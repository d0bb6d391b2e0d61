// Bodies and returns whose type does not match the signature.
fn name() -> String {
    "anonymous" //~ ERROR mismatched types
}

fn count(items: &[u8]) -> usize { //~ ERROR mismatched types
    let n = items.len();
    n;
}

fn half(x: i32) -> i32 {
    if x > 0 {
        return x / 2;
    }
    x as f64 / 2.0 //~ ERROR mismatched types
}

fn label(flag: bool) -> &'static str {
    if flag {
        return 1; //~ ERROR mismatched types
    }
    "no"
}

fn first(v: &Vec<i32>) -> i32 {
    v.get(0) //~ ERROR mismatched types
}

fn main() {
    let _ = (name(), count(&[1]), half(3), label(true), first(&vec![1]));
}
