//@ check-pass
// dead_code for an enum's variants: the fields of each constructed variant that no pattern or
// access reads (named fields, and tuple fields before and after `..`), with the unit-type
// suggestion for tuple fields even at the end, reported before the variants never constructed.
#![warn(dead_code)]

#[derive(Debug, Clone)]
enum Ev {
    Key { code: u32, shift: bool, alt: bool },
    //~^ WARN fields `shift` and `alt` are never read
    Click(i32, i32, u8), //~ WARN field `1` is never read
    Scroll(f32, f32), //~ WARN field `1` is never read
    Resize(u32, u32), //~ WARN fields `0` and `1` are never read
    Tick,
    Unused(u8), //~ WARN variant `Unused` is never constructed
}

fn handle(e: &Ev) -> i64 {
    match e {
        Ev::Key { code, .. } => *code as i64,
        Ev::Click(x, .., b) => *x as i64 + *b as i64,
        Ev::Scroll(dy, _) => *dy as i64,
        Ev::Resize(..) => 0,
        Ev::Tick => 1,
        Ev::Unused(_) => 2,
    }
}

fn main() {
    let evs = vec![Ev::Key { code: 1, shift: false, alt: true }, Ev::Click(1, 2, 3), Ev::Scroll(1.0, 2.0), Ev::Resize(1, 2), Ev::Tick];
    let t: i64 = evs.iter().map(handle).sum();
    println!("{} {:?}", t, evs[0].clone());
}
