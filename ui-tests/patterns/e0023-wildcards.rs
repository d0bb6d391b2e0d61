struct Span4(u32, u32, u32, u32);

fn main() {
    let s = Span4(1, 2, 3, 4);
    let Span4(_, _) = s; //~ ERROR this pattern has 2 fields, but the corresponding tuple struct has 4 fields
    let t = Span4(5, 6, 7, 8);
    let Span4(a, _) = t; //~ ERROR this pattern has 2 fields, but the corresponding tuple struct has 4 fields
    println!("{}", a);
}
