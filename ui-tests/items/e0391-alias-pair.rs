type Meters = Length; //~ ERROR cycle detected when expanding type alias `Meters`
type Length = Meters;

fn main() {
    let x: u32 = 5;
    println!("{}", x);
}
