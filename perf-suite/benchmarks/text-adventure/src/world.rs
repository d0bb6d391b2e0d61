//! The world model: rooms joined by exits (some through doors), items that are somewhere
//! (a room, the player, inside a container, or nowhere), and characters with a state.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct RoomId(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ItemId(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DoorId(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct NpcId(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Direction {
    North,
    South,
    East,
    West,
    Up,
    Down,
}

pub const DIRECTIONS: [Direction; 6] = [
    Direction::North,
    Direction::South,
    Direction::East,
    Direction::West,
    Direction::Up,
    Direction::Down,
];

impl Direction {
    pub fn name(&self) -> &str {
        match self {
            Direction::North => "north",
            Direction::South => "south",
            Direction::East => "east",
            Direction::West => "west",
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }

    pub fn opposite(&self) -> Direction {
        match self {
            Direction::North => Direction::South,
            Direction::South => Direction::North,
            Direction::East => Direction::West,
            Direction::West => Direction::East,
            Direction::Up => Direction::Down,
            Direction::Down => Direction::Up,
        }
    }

    pub fn parse(word: &str) -> Option<Direction> {
        let d = match word {
            "n" | "north" => Direction::North,
            "s" | "south" => Direction::South,
            "e" | "east" => Direction::East,
            "w" | "west" => Direction::West,
            "u" | "up" | "upstairs" | "climb" => Direction::Up,
            "d" | "down" | "downstairs" | "descend" => Direction::Down,
            _ => return None,
        };
        Some(d)
    }
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.name())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Exit {
    pub dir: Direction,
    pub to: RoomId,
    pub door: Option<DoorId>,
    /// A condition beyond doors: the flag that must be set to pass.
    pub needs: Option<Flag>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Room {
    pub name: String,
    pub description: String,
    pub exits: Vec<Exit>,
    pub dark: bool,
    pub visited: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Room(RoomId),
    Player,
    Inside(ItemId),
    Nowhere,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ItemKind {
    Plain,
    Fixed,
    Key(DoorId),
    Light { lit: bool, fuel: u32 },
    Container { capacity: u32, open: bool },
    Food { nutrition: u32 },
    Treasure { points: u32 },
    Weapon { damage: u32 },
    Readable { text: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub name: String,
    /// Other words the player may use for it.
    pub aliases: Vec<String>,
    pub description: String,
    pub weight: u32,
    pub kind: ItemKind,
    pub location: Location,
}

impl Item {
    /// Every word that can name this item.
    pub fn words(&self) -> Vec<String> {
        let mut out = Vec::new();
        for w in self.name.split_whitespace() {
            out.push(w.to_string());
        }
        for a in self.aliases.iter() {
            out.push(a.clone());
        }
        out
    }

    pub fn is_portable(&self) -> bool {
        self.kind != ItemKind::Fixed && self.weight < 100
    }

    pub fn is_lit(&self) -> bool {
        match self.kind {
            ItemKind::Light { lit, .. } => lit,
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Door {
    pub name: String,
    pub open: bool,
    pub locked: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mood {
    Friendly,
    Hostile,
    Gone,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Npc {
    pub name: String,
    pub room: RoomId,
    pub mood: Mood,
    pub health: i32,
    pub strength: i32,
    /// What the character will accept, and the flag giving it sets.
    pub wants: Option<(ItemId, Flag)>,
    pub lines: Vec<String>,
    pub said: usize,
}

/// Facts about the story that open up the world.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Flag {
    FerryPaid,
    TrollGone,
    BeaconLit,
    OwlSpoke,
}

#[derive(Debug, Clone, PartialEq)]
pub struct World {
    pub rooms: Vec<Room>,
    pub items: Vec<Item>,
    pub doors: Vec<Door>,
    pub npcs: Vec<Npc>,
    pub flags: Vec<Flag>,
}

impl World {
    pub fn room(&self, id: RoomId) -> &Room {
        &self.rooms[id.0]
    }

    pub fn item(&self, id: ItemId) -> &Item {
        &self.items[id.0]
    }

    pub fn item_mut(&mut self, id: ItemId) -> &mut Item {
        &mut self.items[id.0]
    }

    pub fn has_flag(&self, f: Flag) -> bool {
        self.flags.contains(&f)
    }

    pub fn set_flag(&mut self, f: Flag) {
        if !self.has_flag(f) {
            self.flags.push(f);
            self.flags.sort();
        }
    }

    /// Items directly at `loc`, in id order.
    pub fn items_at(&self, loc: Location) -> Vec<ItemId> {
        let mut out = Vec::new();
        for (i, it) in self.items.iter().enumerate() {
            if it.location == loc {
                out.push(ItemId(i));
            }
        }
        out
    }

    /// The total weight of `id` and everything inside it.
    pub fn weight_of(&self, id: ItemId) -> u32 {
        let mut w = self.item(id).weight;
        for inner in self.items_at(Location::Inside(id)).iter() {
            w += self.weight_of(*inner);
        }
        w
    }

    pub fn carried_weight(&self) -> u32 {
        let mut w = 0;
        for id in self.items_at(Location::Player).iter() {
            w += self.weight_of(*id);
        }
        w
    }

    /// Whether item `id` is, possibly through containers, held by the player.
    pub fn is_carried(&self, id: ItemId) -> bool {
        let mut loc = self.item(id).location;
        let mut hops = 0;
        while hops < 16 {
            match loc {
                Location::Player => return true,
                Location::Inside(outer) => loc = self.item(outer).location,
                _ => return false,
            }
            hops += 1;
        }
        false
    }

    /// The room an item is in, through containers and the player (`here` is the player's room).
    pub fn room_of(&self, id: ItemId, here: RoomId) -> Option<RoomId> {
        let mut loc = self.item(id).location;
        let mut hops = 0;
        while hops < 16 {
            match loc {
                Location::Room(r) => return Some(r),
                Location::Player => return Some(here),
                Location::Inside(outer) => loc = self.item(outer).location,
                Location::Nowhere => return None,
            }
            hops += 1;
        }
        None
    }

    pub fn npc_in(&self, room: RoomId) -> Vec<NpcId> {
        let mut out = Vec::new();
        for (i, n) in self.npcs.iter().enumerate() {
            if n.room == room && n.mood != Mood::Gone {
                out.push(NpcId(i));
            }
        }
        out
    }

    pub fn exit(&self, room: RoomId, dir: Direction) -> Option<&Exit> {
        for e in self.room(room).exits.iter() {
            if e.dir == dir {
                return Some(e);
            }
        }
        None
    }

    /// Whether the player, in `room`, can see: the room is lit or a carried light burns.
    pub fn can_see(&self, room: RoomId) -> bool {
        if !self.room(room).dark {
            return true;
        }
        for (i, it) in self.items.iter().enumerate() {
            if it.is_lit() && self.room_of(ItemId(i), room) == Some(room) {
                return true;
            }
        }
        false
    }
}
