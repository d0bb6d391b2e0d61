// macro_rules! expansions that do not parse where they are used: extra tokens after an
// expression, a pattern and a type, and a parse error inside the transcribed tokens, which
// points into the macro and at the invocation.

macro_rules! two_values {
    () => { 1 + 1 2 }; //~ ERROR macro expansion ignores `2`
}

macro_rules! two_pats {
    () => { 0 1 }; //~ ERROR macro expansion ignores `1`
}

macro_rules! two_types {
    () => { u8 u16 }; //~ ERROR macro expansion ignores `u16`
}

macro_rules! missing_operand {
    ($x:expr) => { $x * }; //~ ERROR macro expansion ends with an incomplete expression
}

fn main() {
    let a = two_values!();
    let b: two_types!() = 0;
    match a {
        two_pats!() => {}
        _ => {}
    }
    let c = missing_operand!(3);
}
