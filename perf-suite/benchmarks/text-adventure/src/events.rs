//! What happens in the world each turn, whatever the player does: the lamp burns its oil, the
//! cat makes its rounds, a hostile troll strikes, and wounds slowly heal.

use crate::data;
use crate::game::{Game, Phase, MAX_HEALTH};
use crate::world::{ItemKind, Mood, RoomId};

/// The cat's rounds: one room every few turns.
const CAT_ROUNDS: [RoomId; 4] = [data::COTTAGE, data::GARDEN, data::MEADOW, data::GARDEN];
const CAT_PACE: u32 = 5;
const LAMP_WARNING: u32 = 15;

pub fn tick(game: &mut Game, out: &mut Vec<String>) {
    burn_lamp(game, out);
    move_cat(game, out);
    troll(game, out);
    if game.moves % 10 == 0 && game.health < MAX_HEALTH && game.phase == Phase::Playing {
        game.health += 1;
    }
}

fn burn_lamp(game: &mut Game, out: &mut Vec<String>) {
    let here = game.room;
    let (fuel, ran_out) = match &mut game.world.item_mut(data::LAMP).kind {
        ItemKind::Light { lit, fuel } => {
            let mut ran_out = false;
            if *lit && *fuel > 0 {
                *fuel -= 1;
                if *fuel == 0 {
                    *lit = false;
                    ran_out = true;
                }
            }
            (*fuel, ran_out)
        }
        _ => return,
    };
    let lit = game.world.item(data::LAMP).is_lit();
    // Only a lamp the player can see is worth a message.
    if game.world.room_of(data::LAMP, here) != Some(here) {
        return;
    }
    if lit && fuel == LAMP_WARNING {
        out.push("Your lamp is getting dim.".to_string());
    }
    if ran_out {
        out.push("Your lamp flickers and goes out.".to_string());
    }
}

fn move_cat(game: &mut Game, out: &mut Vec<String>) {
    if game.moves % CAT_PACE != 0 {
        return;
    }
    let cat = &mut game.world.npcs[data::CAT];
    let step = (game.moves / CAT_PACE) as usize % CAT_ROUNDS.len();
    let from = cat.room;
    let to = CAT_ROUNDS[step];
    if from == to {
        return;
    }
    cat.room = to;
    if from == game.room {
        out.push("The cat stalks off.".to_string());
    } else if to == game.room {
        out.push("A cat pads in and sits down to wash.".to_string());
    }
}

fn troll(game: &mut Game, out: &mut Vec<String>) {
    let troll = &game.world.npcs[data::TROLL];
    if troll.mood != Mood::Hostile || troll.room != game.room {
        return;
    }
    let strength = troll.strength;
    let line = troll.lines[(game.moves as usize) % troll.lines.len()].clone();
    out.push(line);
    game.health -= strength;
    if game.health <= 0 {
        game.phase = Phase::Dead;
        game.deaths += 1;
        out.push(
            "The troll's club comes down, and everything goes dark. *** You have died ***"
                .to_string(),
        );
    } else {
        out.push(format!("The troll clubs you! (health {})", game.health));
    }
}
