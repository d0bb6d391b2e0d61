//! A random player: thousands of commands made of the game's own words, from a seeded
//! generator. After every command the world must still be consistent: every item in one valid
//! place, the load within the limit, the player in a room, dead or alive but never both.

use crate::game::{Game, Phase, MAX_CARRY, MAX_HEALTH};
use crate::world::{ItemKind, Location};

const VERBS: [&str; 22] = [
    "take",
    "drop",
    "open",
    "close",
    "examine",
    "read",
    "eat",
    "light",
    "extinguish",
    "look",
    "inventory",
    "wait",
    "go",
    "put",
    "give",
    "unlock",
    "attack",
    "talk to",
    "take all",
    "drop all",
    "x",
    "pick up",
];
const NOUNS: [&str; 20] = [
    "lamp",
    "bag",
    "key",
    "brass key",
    "iron key",
    "silver key",
    "fish",
    "oil",
    "coin",
    "sword",
    "chest",
    "door",
    "trapdoor",
    "troll",
    "owl",
    "cat",
    "ferryman",
    "gem",
    "crown",
    "book",
];
const DIRS: [&str; 6] = ["north", "south", "east", "west", "up", "down"];

pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// One random command.
pub fn command(rng: &mut Rng) -> String {
    let r = rng.below(10);
    if r < 4 {
        return DIRS[rng.below(DIRS.len())].to_string();
    }
    let verb = VERBS[rng.below(VERBS.len())];
    match verb {
        "look" | "inventory" | "wait" | "take all" | "drop all" => verb.to_string(),
        "go" => format!("go {}", DIRS[rng.below(DIRS.len())]),
        "put" => format!(
            "put {} in {}",
            NOUNS[rng.below(NOUNS.len())],
            NOUNS[rng.below(NOUNS.len())]
        ),
        "give" => format!(
            "give {} to {}",
            NOUNS[rng.below(NOUNS.len())],
            NOUNS[rng.below(NOUNS.len())]
        ),
        "unlock" => format!(
            "unlock {} with {}",
            NOUNS[rng.below(NOUNS.len())],
            NOUNS[rng.below(NOUNS.len())]
        ),
        "attack" => {
            if rng.below(2) == 0 {
                format!("attack {} with sword", NOUNS[rng.below(NOUNS.len())])
            } else {
                format!("attack {}", NOUNS[rng.below(NOUNS.len())])
            }
        }
        _ => format!("{} {}", verb, NOUNS[rng.below(NOUNS.len())]),
    }
}

/// What is wrong with the state, if anything.
pub fn check_invariants(game: &Game) -> Option<String> {
    let w = &game.world;
    if w.carried_weight() > MAX_CARRY {
        return Some(format!("carrying {} > {}", w.carried_weight(), MAX_CARRY));
    }
    if game.room.0 >= w.rooms.len() {
        return Some("the player is outside the map".to_string());
    }
    if game.health > MAX_HEALTH || (game.health <= 0) != (game.phase == Phase::Dead) {
        return Some(format!("health {} in phase {:?}", game.health, game.phase));
    }
    for (i, it) in w.items.iter().enumerate() {
        match it.location {
            Location::Inside(outer) => {
                if outer.0 == i {
                    return Some(format!("the {} is inside itself", it.name));
                }
                match w.item(outer).kind {
                    ItemKind::Container { .. } => {}
                    _ => return Some(format!("the {} is inside a non-container", it.name)),
                }
            }
            Location::Room(r) => {
                if r.0 >= w.rooms.len() {
                    return Some(format!("the {} is in no room", it.name));
                }
            }
            Location::Player | Location::Nowhere => {}
        }
    }
    None
}

pub struct FuzzReport {
    pub commands: usize,
    pub lines: usize,
    pub deaths: u32,
    pub restarts: u32,
    pub rooms_seen: usize,
    pub digest: u64,
    pub violation: Option<String>,
}

pub fn run(seed: u64, commands: usize) -> FuzzReport {
    let mut rng = Rng(seed | 1);
    let mut game = Game::new();
    let mut lines = 0;
    let mut restarts = 0;
    let mut deaths = 0;
    let mut digest: u64 = 0xcbf2_9ce4_8422_2325;
    let mut seen = vec![false; game.world.rooms.len()];
    for i in 0..commands {
        let input = command(&mut rng);
        for line in game.step(&input).iter() {
            lines += 1;
            for b in line.bytes() {
                digest = (digest ^ b as u64).wrapping_mul(0x0100_0000_01b3);
            }
        }
        seen[game.room.0] = true;
        match check_invariants(&game) {
            Some(v) => {
                return FuzzReport {
                    commands: i + 1,
                    lines,
                    deaths,
                    restarts,
                    rooms_seen: count(&seen),
                    digest,
                    violation: Some(format!("after \"{}\": {}", input, v)),
                }
            }
            None => {}
        }
        if game.phase != Phase::Playing {
            if game.phase == Phase::Dead {
                deaths += 1;
            }
            game = Game::new();
            restarts += 1;
        }
    }
    FuzzReport {
        commands,
        lines,
        deaths,
        restarts,
        rooms_seen: count(&seen),
        digest,
        violation: None,
    }
}

fn count(flags: &[bool]) -> usize {
    let mut n = 0;
    for f in flags.iter() {
        if *f {
            n += 1;
        }
    }
    n
}
