// Privacy through `use` and nested paths: a private struct, a private tuple struct constructor's
// type, a private enum and a private static, each reached from outside its module.
mod shop {
    struct Receipt {
        pub total: u32,
    }

    enum Mood {
        Happy,
        Grumpy,
    }

    static OPENING_HOUR: u8 = 9;

    pub mod till {
        pub fn ring() -> u32 {
            3
        }
        fn jam() {}
    }

    pub fn mood_count() -> usize {
        let _ = (Mood::Happy, Mood::Grumpy);
        let r = Receipt { total: 1 };
        r.total as usize
    }
}

use shop::Receipt; //~ ERROR struct `Receipt` is private

fn main() {
    let hour = shop::OPENING_HOUR; //~ ERROR static `OPENING_HOUR` is private
    let _m = shop::Mood::Happy; //~ ERROR enum `Mood` is private
    shop::till::jam(); //~ ERROR function `jam` is private
    println!("{} {}", hour, shop::till::ring() + shop::mood_count() as u32);
}
