// `#![deny(unused_macros)]` makes an unused definition an error.
#![deny(unused_macros)]

macro_rules! max_of {
    ($a:expr, $b:expr) => {
        if $a > $b { $a } else { $b }
    };
}

macro_rules! min_of { //~ ERROR unused macro definition: `min_of`
    ($a:expr, $b:expr) => {
        if $a < $b { $a } else { $b }
    };
}

fn main() {
    let m = max_of!(3, 9);
    assert_eq!(m, 9);
}
