// Privacy errors in paths come after every other late resolution error (rustc reports them when
// resolution is over); a private module on the way to a resolved item names that item.
mod vault {
    mod inner {
        pub fn open() -> u8 {
            1
        }
        pub const CODE: u8 = 7;
    }

    fn secret() -> u8 {
        2
    }

    pub fn public() -> u8 {
        inner::open() + secret()
    }
}

fn first() -> u8 {
    vault::inner::open() //~ ERROR module `inner` is private
}

fn second() -> u8 {
    vault::secret() + missing_one //~ ERROR function `secret` is private
    //~^ ERROR cannot find value `missing_one` in this scope
}

fn third() -> u8 {
    vault::inner::CODE + missing_two //~ ERROR module `inner` is private
    //~^ ERROR cannot find value `missing_two` in this scope
}

fn main() {
    println!("{} {} {} {}", first(), second(), third(), vault::public());
}
