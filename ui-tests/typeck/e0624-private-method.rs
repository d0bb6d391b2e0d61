// A method that is private where it is called: E0624, the result is an error (no mismatch
// follows), the arguments are not counted; callable inside its module; a public trait method of
// the same name wins when it applies.
mod till {
    pub struct Till {
        pub total: i64,
    }

    impl Till {
        fn audit(&self) -> i64 {
            self.total
        }

        pub fn open() -> Till {
            Till { total: 0 }
        }
    }

    pub trait Report {
        fn audit(&self) -> i64;
    }

    pub fn inside(t: &Till) -> i64 {
        t.audit()
    }
}

mod drawer {
    pub struct Drawer;

    impl Drawer {
        fn count(&self, n: u8) -> u8 {
            n
        }

        fn audit(&self) -> i64 {
            0
        }
    }

    impl crate::till::Report for Drawer {
        fn audit(&self) -> i64 {
            1
        }
    }

    pub fn get() -> Drawer {
        Drawer
    }
}

use till::Report;

fn main() {
    let t = till::Till::open();
    let n: u32 = t.audit(); //~ ERROR method `audit` is private
    let d = drawer::get();
    d.count(1, 2); //~ ERROR method `count` is private
    println!("{} {}", d.audit(), till::inside(&t));
}
