// An annotation can point at the line below it.
fn main() {
    //~v ERROR mismatched types
    let flag: bool = "yes";
}
