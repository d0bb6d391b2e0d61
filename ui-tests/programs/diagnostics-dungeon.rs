// A small dungeon game halfway through a rewrite, with a bit of everything: unresolved names,
// type and method errors, a private helper, moves, and lints. Early lints are reported; the late
// ones (dead code, naming, literals) are not, because the crate has errors.
#![warn(unused_variables, unused_mut, unused_imports, dead_code, non_snake_case)]
#![warn(unused_parens, while_true, non_camel_case_types, non_upper_case_globals)]

use std::fmt::Display; //~ WARN unused import: `std::fmt::Display`

mod map {
    pub struct Room {
        pub name: String,
        pub exits: Vec<usize>,
        pub loot: u32,
    }

    pub struct Level {
        pub rooms: Vec<Room>,
    }

    impl Level {
        pub fn room(&self, i: usize) -> &Room {
            &self.rooms[i]
        }

        pub fn neighbours(&self, i: usize) -> usize {
            self.rooms[i].exits.len()
        }

        pub fn total_loot(&self) -> u32 {
            let mut sum = 0;
            for r in &self.rooms {
                sum += r.loot;
            }
            sum
        }
    }

    fn seed() -> u64 {
        42
    }

    pub fn generate(n: usize) -> Level {
        let mut rooms = Vec::new();
        let mut i = 0;
        while (i < n) { //~ WARN unnecessary parentheses around `while` condition
            rooms.push(Room { name: format!("room {}", i), exits: vec![i + 1], loot: i as u32 });
            i += 1;
        }
        Level { rooms }
    }
}

mod actors {
    pub enum Class {
        Warrior,
        Mage,
        Rogue,
    }

    pub struct Hero {
        pub name: String,
        pub class: Class,
        pub hp: i32,
        pub gold: u32,
    }

    impl Hero {
        pub fn new(name: &str, class: Class) -> Hero {
            Hero { name: name.to_string(), class, hp: 10, gold: 0 }
        }

        pub fn attack(&self) -> i32 {
            match self.class {
                Class::Warrior => 5,
                Class::Mage => 7,
            } //~^^^ ERROR non-exhaustive patterns: `Class::Rogue` not covered
        }

        pub fn heal(&mut self, amount: i32) {
            self.hp = self.hp + amount;
        }

        pub fn is_alive(&self) -> bool {
            self.hp > 0
        }
    }

    pub struct monster_spawn { //~ WARN type `monster_spawn` should have an upper camel case name
        pub hp: i32,
    }

    // Not reported: late lints do not run when the crate has errors.
    pub static spawn_rate: u8 = 3;
    pub fn SpawnAll() -> Vec<monster_spawn> {
        Vec::new()
    }
}

mod combat {
    use crate::actors::{Hero, monster_spawn};

    pub fn round(hero: &mut Hero, foe: &mut monster_spawn) -> bool {
        foe.hp -= hero.attack();
        hero.hp -= 2;
        foe.hp <= 0
    }

    pub fn fight(hero: &mut Hero, mut foe: monster_spawn) -> u32 {
        let mut rounds = 0;
        while true { //~ WARN denote infinite loops with `loop { ... }`
            rounds += 1;
            if round(hero, &mut foe) || !hero.is_alive() {
                break;
            }
        }
        rounds
    }

    pub fn reward(hero: &mut Hero, rounds: u32) {
        hero.gold += rounds.len(); //~ ERROR no method named `len` found for type `u32` in the current scope
    }
}

fn explore(level: &map::Level, hero: &mut actors::Hero) -> u32 {
    let mut visited = Vec::new();
    let mut at = 0;
    while at < level.rooms.len() {
        visited.push(at);
        hero.gold += level.room(at).loot;
        at = level.room(at).exits[0];
    }
    visited.len() //~ ERROR mismatched types
}

fn best_room(level: &map::Level) -> Option<&map::Room> {
    let mut best: Option<&map::Room> = None;
    for r in &level.rooms {
        match best {
            Some(b) if b.loot >= r.loot => {}
            _ => best = Some(r),
        }
    }
    best
}

fn inventory_line(hero: &actors::Hero) -> String {
    format!("{} has {} gold", hero.name, hero.gold.amount()) //~ ERROR no method named `amount` found for type `u32` in the current scope
}

fn main() {
    let level = map::generate(4);
    let seed = map::seed(); //~ ERROR function `seed` is private
    let mut hero = actors::Hero::new("Ayla", actors::Class::Mage);
    let gold = explore(&level, &mut hero);
    hero.heal(3, 4); //~ ERROR this method takes 1 argument but 2 arguments were supplied
    let foe = actors::monster_spawn { hp: 9 };
    let rounds = combat::fight(&mut hero, foe);
    combat::reward(&mut hero, rounds);
    println!("{}", inventory_line(&hero));
    if let Some(r) = best_room(&level) {
        println!("best: {}", r.name);
    }
    println!("{}", level.total_loot() == level.neighbours(0)); //~ ERROR mismatched types
    let boss = Boss::new(); //~ ERROR cannot find type `Boss` in this scope
    println!("{}", hero.mana); //~ ERROR no field `mana` on type `Hero`
    // Not reported: non_snake_case is a late lint, and this body's type errors hide its
    // borrow checking (`foe` was moved into `fight`).
    let Hero = 1;
    println!("{}", foe.hp);
}
