//@ run-pass
//@ check-run-results

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Meters(f64);

#[derive(Debug, Default)]
struct Unit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rgb(u8, u8, u8);

impl Rgb {
    fn hex(&self) -> String {
        format!("#{:02x}{:02x}{:02X}", self.0, self.1, self.2)
    }
    fn invert(self) -> Rgb {
        Rgb(255 - self.0, 255 - self.1, 255 - self.2)
    }
}

fn main() {
    let a = Meters(1.5);
    let b = Meters(2.25);
    println!("{:?} {} {}", a, a.0 + b.0, a < b);
    let c = Rgb(255, 128, 10);
    let Rgb(r, g, _) = c;
    println!("{} {} {} {:?} {}", r, g, c.hex(), c.invert(), c == c.invert().invert());
    println!("{:?} {:#?}", Unit, c);
}
