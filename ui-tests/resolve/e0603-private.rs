// Private items used from outside their module.
mod bank {
    pub struct Account {
        balance: i64,
    }

    fn audit() {}

    pub mod vault {
        fn open() {}
        pub fn close() {}
    }

    const SECRET: u32 = 42;
}

use bank::vault::open; //~ ERROR function `open` is private

fn main() {
    bank::audit(); //~ ERROR function `audit` is private
    bank::vault::close();
    let s = bank::SECRET; //~ ERROR constant `SECRET` is private
}
