fn main() {
    let c = true;
    let _v = if c {
        1
    } else {
        "two"
    };
}
