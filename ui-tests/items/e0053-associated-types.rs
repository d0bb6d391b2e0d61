// The trait's associated types are normalized to the impl's before the signatures are compared;
// a method generic over a type compares it with the impl method's.
trait Parser {
    type Output;
    fn parse(&self, input: &str) -> Option<Self::Output>;
    fn parse_all<I: Iterator<Item = String>>(&self, inputs: I, strict: bool) -> Vec<Self::Output>;
}

struct Numbers;

impl Parser for Numbers {
    type Output = i64;

    fn parse(&self, input: &str) -> Option<i32> { //~ ERROR method `parse` has an incompatible type for trait
        input.parse().ok()
    }

    fn parse_all<I: Iterator<Item = String>>(&self, inputs: I, strict: u8) -> Vec<i64> { //~ ERROR method `parse_all` has an incompatible type for trait
        let _ = strict;
        inputs.filter_map(|s| s.parse().ok()).collect()
    }
}

fn main() {}
