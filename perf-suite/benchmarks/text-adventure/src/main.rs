//! A text adventure as a state machine: a world of rooms, doors, items and characters, a
//! command parser with synonyms, noun resolution with ambiguity questions, timed events, save
//! and restore. `main` plays a scripted game to its end, then lets a seeded random player loose
//! and checks the world's invariants after every command; it prints the end of the transcript
//! and a checksum of all of it.

mod data;
mod events;
mod fuzz;
mod game;
mod nouns;
mod parser;
mod script;
mod world;

use game::{Game, Phase};
use script::WALKTHROUGH;

const FUZZ_COMMANDS: usize = 150_000;
const TAIL: usize = 12;

fn main() {
    let mut game = Game::new();
    let mut transcript: Vec<String> = Vec::new();
    let mut opening = Vec::new();
    game.describe_room(&mut opening, true);
    for line in opening.iter() {
        transcript.push(line.clone());
    }
    for cmd in WALKTHROUGH.iter() {
        transcript.push(format!("> {}", cmd));
        for line in game.step(cmd).iter() {
            transcript.push(line.clone());
        }
    }
    let mut digest: u64 = 0xcbf2_9ce4_8422_2325;
    for line in transcript.iter() {
        for b in line.bytes() {
            digest = (digest ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        digest = (digest ^ 10).wrapping_mul(0x0100_0000_01b3);
    }
    let start = if transcript.len() > TAIL {
        transcript.len() - TAIL
    } else {
        0
    };
    println!("... ({} lines of transcript before these)", start);
    for line in transcript[start..].iter() {
        println!("{}", line);
    }
    let mut visited = 0;
    for r in game.world.rooms.iter() {
        if r.visited {
            visited += 1;
        }
    }
    println!(
        "walkthrough: {} commands, {} moves, {} of {} rooms visited, score {}, {} death(s), transcript checksum {}",
        WALKTHROUGH.len(),
        game.moves,
        visited,
        game.world.rooms.len(),
        game.score(),
        game.deaths,
        digest
    );
    let mut failures = data::misnamed(&Game::new().world);
    if game.phase != Phase::Won {
        failures.push(format!("the walkthrough ends in phase {:?}", game.phase));
    }
    match fuzz::check_invariants(&game) {
        Some(v) => failures.push(format!("walkthrough: {}", v)),
        None => {}
    }
    let report = fuzz::run(0x5EED_CAFE, FUZZ_COMMANDS);
    println!(
        "random player: {} commands, {} lines, {} deaths, {} restarts, {} rooms seen, checksum {}",
        report.commands,
        report.lines,
        report.deaths,
        report.restarts,
        report.rooms_seen,
        report.digest
    );
    match report.violation {
        Some(v) => failures.push(format!("random player: {}", v)),
        None => {}
    }
    for f in failures.iter() {
        println!("FAILED: {}", f);
    }
    if !failures.is_empty() {
        std::process::exit(1);
    }
}
