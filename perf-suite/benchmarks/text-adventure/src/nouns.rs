//! Noun resolution: which visible thing a phrase names. A phrase matches a thing when every
//! word of the phrase is one of the thing's words; more than one match is a question back to
//! the player, unless one of them is named exactly.

use crate::parser::Phrase;
use crate::world::{DoorId, ItemId, ItemKind, Location, NpcId, RoomId, World};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Item(ItemId),
    Door(DoorId),
    Npc(NpcId),
}

/// Where to look for the thing a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Anything the player can see or hold.
    Visible,
    /// Only what the player carries.
    Carried,
    /// Only what is in the room (or in open containers there), not carried.
    Around,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NounError {
    NotHere(String),
    NotCarried(String),
    Ambiguous(Vec<String>),
}

impl fmt::Display for NounError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            NounError::NotHere(p) => write!(f, "You see no {} here.", p),
            NounError::NotCarried(p) => write!(f, "You aren't carrying any {}.", p),
            NounError::Ambiguous(names) => {
                write!(f, "Which do you mean: ")?;
                for (i, n) in names.iter().enumerate() {
                    if i > 0 {
                        write!(f, "{}", if i + 1 == names.len() { " or " } else { ", " })?;
                    }
                    write!(f, "the {}", n)?;
                }
                write!(f, "?")
            }
        }
    }
}

/// Items inside `container` that can be seen (open containers only), recursively.
fn contents_into(world: &World, container: ItemId, out: &mut Vec<ItemId>) {
    let open = match world.item(container).kind {
        ItemKind::Container { open, .. } => open,
        _ => false,
    };
    if !open {
        return;
    }
    for inner in world.items_at(Location::Inside(container)).iter() {
        out.push(*inner);
        contents_into(world, *inner, out);
    }
}

/// Everything the player can reach: carried things and, if there is light, the room's.
pub fn reachable(world: &World, room: RoomId, scope: Scope) -> Vec<ItemId> {
    let mut out = Vec::new();
    if scope != Scope::Around {
        for id in world.items_at(Location::Player).iter() {
            out.push(*id);
            contents_into(world, *id, &mut out);
        }
    }
    if scope != Scope::Carried && world.can_see(room) {
        for id in world.items_at(Location::Room(room)).iter() {
            out.push(*id);
            contents_into(world, *id, &mut out);
        }
    }
    out
}

fn matches(words: &[String], phrase: &Phrase) -> bool {
    for w in phrase.words.iter() {
        if !words.contains(w) {
            return false;
        }
    }
    !phrase.words.is_empty()
}

fn words_of(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in name.split_whitespace() {
        out.push(w.to_string());
    }
    out
}

pub fn resolve(
    world: &World,
    room: RoomId,
    phrase: &Phrase,
    scope: Scope,
) -> Result<Target, NounError> {
    let mut found: Vec<(Target, String)> = Vec::new();
    for id in reachable(world, room, scope).iter() {
        let it = world.item(*id);
        if matches(&it.words(), phrase) {
            found.push((Target::Item(*id), it.name.clone()));
        }
    }
    if scope == Scope::Visible {
        for e in world.room(room).exits.iter() {
            match e.door {
                Some(d) => {
                    let door = &world.doors[d.0];
                    let mut words = words_of(&door.name);
                    words.push("door".to_string());
                    if matches(&words, phrase) {
                        found.push((Target::Door(d), door.name.clone()));
                    }
                }
                None => {}
            }
        }
        for n in world.npc_in(room).iter() {
            let npc = &world.npcs[n.0];
            if matches(&words_of(&npc.name), phrase) && world.can_see(room) {
                found.push((Target::Npc(*n), npc.name.clone()));
            }
        }
    }
    if found.is_empty() {
        let text = phrase.to_string();
        return Err(if scope == Scope::Carried {
            NounError::NotCarried(text)
        } else {
            NounError::NotHere(text)
        });
    }
    if found.len() == 1 {
        return Ok(found[0].0);
    }
    // Named exactly? ("key" alone is ambiguous, "silver key" is not.)
    let typed = phrase.to_string();
    for (t, name) in found.iter() {
        if *name == typed {
            return Ok(*t);
        }
    }
    let mut names = Vec::new();
    for (_, name) in found.iter() {
        names.push(name.clone());
    }
    Err(NounError::Ambiguous(names))
}
