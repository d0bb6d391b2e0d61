// macro_rules! invocations that no rule matches (a token too many, missing tokens, a token of
// the wrong kind, an arm chosen by its literal tokens); rustc stops after expansion, so the type
// error `halve!` expands to is never reported.

macro_rules! pair {
    ($a:expr, $b:expr) => {
        ($a, $b)
    };
}

macro_rules! op {
    (add $a:expr, $b:expr) => { $a + $b };
    (neg $a:expr) => { -$a };
}

macro_rules! named {
    ($name:ident = $value:literal) => {
        let $name = $value;
    };
}

macro_rules! halve {
    ($x:expr) => {
        $x / 2u8
    };
}

fn main() {
    let _ = pair!(1, 2, 3); //~ ERROR no rules expected `,`
    let _ = pair!(1); //~ ERROR unexpected end of macro invocation
    let _ = op!(mul 1, 2); //~ ERROR no rules expected `mul`
    let _ = op!(neg 1, 2); //~ ERROR no rules expected `,`
    named!(3 = 4); //~ ERROR no rules expected `3`
    named!(x = y); //~ ERROR no rules expected `y`
    let _: i32 = halve!(10i32);
}
