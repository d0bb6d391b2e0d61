//@ check-pass
// macro_rules! in item position: macros that define items, functions and impls, textual
// scoping across inline modules (`#[macro_use]`), `#[macro_export]` macros called by path,
// macros defined inside functions, macros that define macros, and invocations in impl and trait
// item, statement, pattern and type position.

macro_rules! newtype {
    ($(#[$m:meta])* $vis:vis $name:ident($inner:ty)) => {
        $(#[$m])*
        $vis struct $name(pub $inner);
        impl $name {
            pub fn get(&self) -> $inner {
                self.0
            }
        }
    };
}

newtype!(#[derive(Debug, Clone, Copy)] pub Meters(f64));
newtype!(Count(u32));

macro_rules! getters {
    ($ty:ident { $($field:ident : $fty:ty),* $(,)? }) => {
        impl $ty {
            $(
                pub fn $field(&self) -> $fty {
                    self.$field
                }
            )*
        }
    };
}

pub struct Config {
    width: u32,
    height: u32,
    title: &'static str,
}

getters!(Config { width: u32, height: u32, title: &'static str, });

#[macro_use]
mod shapes {
    macro_rules! area {
        (square $s:expr) => { $s * $s };
        (rect $w:expr, $h:expr) => { $w * $h };
    }

    pub fn unit() -> u32 {
        area!(square 1)
    }
}

mod later {
    pub fn six() -> u32 {
        area!(rect 2, 3)
    }
}

macro_rules! make_adder_macro {
    ($name:ident, $n:literal) => {
        macro_rules! $name {
            ($x:expr) => { $x + $n };
        }
    };
}

make_adder_macro!(add_ten, 10);

macro_rules! is_vowel {
    () => { 'a' | 'e' | 'i' | 'o' | 'u' };
}

macro_rules! opt_of {
    ($t:ty) => { Option<$t> };
}

mod util {
    #[macro_export]
    macro_rules! double {
        ($x:expr) => {
            $crate::util::twice($x)
        };
    }

    pub fn twice(x: u32) -> u32 {
        x * 2
    }
}

macro_rules! assoc_consts {
    ($($n:ident = $v:expr),* $(,)?) => {
        $(const $n: u32 = $v;)*
    };
}

trait Limits {
    assoc_consts!(LOW = 1, HIGH = 10);
    fn span() -> u32 {
        Self::HIGH - Self::LOW
    }
}

struct Gauge;

impl Limits for Gauge {}

macro_rules! doubled_getter {
    ($name:ident, $field:ident) => {
        fn $name(&self) -> u32 {
            crate::double!(self.$field)
        }
    };
}

impl Config {
    doubled_getter!(double_width, width);
}

fn count_vowels(s: &str) -> usize {
    let mut n = 0;
    for c in s.chars() {
        if let is_vowel!() = c {
            n += 1;
        }
    }
    n
}

fn first_even(xs: &[i32]) -> opt_of!(i32) {
    xs.iter().copied().find(|x| x % 2 == 0)
}

fn main() {
    macro_rules! local {
        ($($s:stmt);* $(;)?) => { $($s)* };
    }
    local! {
        let a = Meters(2.5);
        let b = Count(3);
        let _ = (a.get(), b.get())
    }
    let c = Config { width: 3, height: 4, title: "t" };
    let _ = (c.width(), c.height(), c.title());
    let _ = shapes::unit() + later::six() + add_ten!(1);
    let _ = count_vowels("macro");
    let _ = first_even(&[1, 3, 4]);
    let _ = (Gauge::span(), c.double_width());
}
