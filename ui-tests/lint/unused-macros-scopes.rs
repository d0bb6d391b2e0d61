//@ check-pass
// Unused macros in modules and function bodies, and a level set on a module.
#![warn(unused_macros)]

mod geometry {
    macro_rules! square { //~ WARN unused macro definition: `square`
        ($x:expr) => {
            $x * $x
        };
    }

    pub fn area(w: u32, h: u32) -> u32 {
        macro_rules! mul {
            ($a:expr, $b:expr) => {
                $a * $b
            };
        }
        macro_rules! add { //~ WARN unused macro definition: `add`
            ($a:expr, $b:expr) => {
                $a + $b
            };
        }
        mul!(w, h)
    }
}

#[allow(unused_macros)]
mod quiet {
    macro_rules! never_called {
        () => {};
    }
}

fn main() {
    macro_rules! log_line { //~ WARN unused macro definition: `log_line`
        ($($t:tt)*) => {
            println!($($t)*)
        };
    }
    println!("{}", geometry::area(3, 4));
}
