//! The story's world, built from tables: twenty-one rooms, their exits and doors, the items and
//! the characters. Ids are indices into the tables, named by the constants below.

use crate::world::{
    Direction, Door, DoorId, Exit, Flag, Item, ItemId, ItemKind, Location, Mood, Npc, Room, RoomId,
    World,
};

pub const MEADOW: RoomId = RoomId(0);
pub const FOREST_PATH: RoomId = RoomId(1);
pub const GARDEN: RoomId = RoomId(2);
pub const CLEARING: RoomId = RoomId(3);
pub const RIVER_BANK: RoomId = RoomId(4);
pub const COTTAGE: RoomId = RoomId(5);
pub const WELL: RoomId = RoomId(6);
pub const CAVE_MOUTH: RoomId = RoomId(7);
pub const OLD_OAK: RoomId = RoomId(8);
pub const FERRY: RoomId = RoomId(9);
pub const ATTIC: RoomId = RoomId(10);
pub const CELLAR: RoomId = RoomId(11);
pub const WELL_BOTTOM: RoomId = RoomId(12);
pub const CAVE_HALL: RoomId = RoomId(13);
pub const TREEHOUSE: RoomId = RoomId(14);
pub const ISLAND: RoomId = RoomId(15);
pub const TROLL_BRIDGE: RoomId = RoomId(16);
pub const GROTTO: RoomId = RoomId(17);
pub const LIGHTHOUSE: RoomId = RoomId(18);
pub const TREASURY: RoomId = RoomId(19);
pub const LAMP_ROOM: RoomId = RoomId(20);

pub const COTTAGE_DOOR: DoorId = DoorId(0);
pub const TRAPDOOR: DoorId = DoorId(1);
pub const LIGHTHOUSE_DOOR: DoorId = DoorId(2);

/// (name, description, dark)
const ROOMS: [(&str, &str, bool); 21] = [
    (
        "Meadow",
        "A wide meadow of clover. A weathered sign stands by the path.",
        false,
    ),
    (
        "Forest Path",
        "Tall pines crowd a narrow path of needles.",
        false,
    ),
    (
        "Cottage Garden",
        "Bean rows and a scarecrow surround a small stone cottage.",
        false,
    ),
    (
        "Clearing",
        "A sunny clearing. A mossy statue of a fox watches you.",
        false,
    ),
    (
        "River Bank",
        "The river runs fast and cold here. Willows trail their leaves in it.",
        false,
    ),
    (
        "Cottage",
        "A tidy room with a cold hearth, a ladder up and a trapdoor in the floor.",
        false,
    ),
    (
        "Well",
        "An old stone well, its windlass long gone. Iron rungs lead down.",
        false,
    ),
    (
        "Cave Mouth",
        "The hillside opens into a cave. Cold air breathes out of it.",
        false,
    ),
    (
        "Old Oak",
        "A vast oak with a rope ladder hanging from its branches.",
        false,
    ),
    (
        "Ferry Landing",
        "A jetty with a flat-bottomed ferry moored to it.",
        false,
    ),
    (
        "Attic",
        "Dusty beams and a small round window under the thatch.",
        false,
    ),
    (
        "Cellar",
        "Shelves of jars line the walls of this damp cellar.",
        true,
    ),
    (
        "Well Bottom",
        "Ankle-deep water, and a glint of something in the silt.",
        true,
    ),
    (
        "Cave Hall",
        "A great hall of stone, its roof lost in the dark.",
        true,
    ),
    (
        "Treehouse",
        "A snug platform of planks high in the oak.",
        false,
    ),
    (
        "Island",
        "A rocky island. A lighthouse towers over it.",
        false,
    ),
    (
        "Troll Bridge",
        "A stone bridge over a chasm. It smells of troll.",
        true,
    ),
    (
        "Crystal Grotto",
        "Crystals in the walls throw your light back a thousand times.",
        true,
    ),
    (
        "Lighthouse",
        "The inside of the lighthouse: a spiral stair winds upward.",
        false,
    ),
    (
        "Treasury",
        "Chests, coins and crowns: the troll's hoard.",
        true,
    ),
    (
        "Lamp Room",
        "The lantern room. A great beacon waits, cold and dry.",
        false,
    ),
];

/// (from, direction, to, door, flag needed); each exit also gets its way back.
const PASSAGES: [(RoomId, Direction, RoomId, Option<DoorId>, Option<Flag>); 20] = [
    (MEADOW, Direction::North, FOREST_PATH, None, None),
    (MEADOW, Direction::East, GARDEN, None, None),
    (FOREST_PATH, Direction::North, CLEARING, None, None),
    (FOREST_PATH, Direction::West, RIVER_BANK, None, None),
    (GARDEN, Direction::North, COTTAGE, Some(COTTAGE_DOOR), None),
    (GARDEN, Direction::East, WELL, None, None),
    (CLEARING, Direction::North, CAVE_MOUTH, None, None),
    (CLEARING, Direction::East, OLD_OAK, None, None),
    (RIVER_BANK, Direction::North, FERRY, None, None),
    (COTTAGE, Direction::Up, ATTIC, None, None),
    (COTTAGE, Direction::Down, CELLAR, Some(TRAPDOOR), None),
    (WELL, Direction::Down, WELL_BOTTOM, None, None),
    (CAVE_MOUTH, Direction::North, CAVE_HALL, None, None),
    (OLD_OAK, Direction::Up, TREEHOUSE, None, None),
    (FERRY, Direction::East, ISLAND, None, Some(Flag::FerryPaid)),
    (CAVE_HALL, Direction::East, TROLL_BRIDGE, None, None),
    (CAVE_HALL, Direction::West, GROTTO, None, None),
    (
        ISLAND,
        Direction::North,
        LIGHTHOUSE,
        Some(LIGHTHOUSE_DOOR),
        None,
    ),
    (
        TROLL_BRIDGE,
        Direction::East,
        TREASURY,
        None,
        Some(Flag::TrollGone),
    ),
    (LIGHTHOUSE, Direction::Up, LAMP_ROOM, None, None),
];

pub const SIGN: ItemId = ItemId(0);
pub const LAMP: ItemId = ItemId(1);
pub const BAG: ItemId = ItemId(2);
pub const CHEST: ItemId = ItemId(3);
pub const IRON_KEY: ItemId = ItemId(4);
pub const BOOK: ItemId = ItemId(5);
pub const FISH: ItemId = ItemId(6);
pub const OIL: ItemId = ItemId(7);
pub const COIN: ItemId = ItemId(8);
pub const SWORD: ItemId = ItemId(9);
pub const APPLE: ItemId = ItemId(10);
pub const NOTE: ItemId = ItemId(11);
pub const SILVER_KEY: ItemId = ItemId(12);
pub const GEM: ItemId = ItemId(13);
pub const CROWN: ItemId = ItemId(14);
pub const BEACON: ItemId = ItemId(15);
pub const BOULDER: ItemId = ItemId(16);
pub const BREAD: ItemId = ItemId(17);
pub const BRASS_KEY: ItemId = ItemId(18);
pub const JAR: ItemId = ItemId(19);
pub const ROPE: ItemId = ItemId(20);
pub const STATUE: ItemId = ItemId(21);

fn item(
    name: &str,
    aliases: &[&str],
    description: &str,
    weight: u32,
    kind: ItemKind,
    location: Location,
) -> Item {
    let mut a = Vec::new();
    for s in aliases.iter() {
        a.push(s.to_string());
    }
    Item {
        name: name.to_string(),
        aliases: a,
        description: description.to_string(),
        weight,
        kind,
        location,
    }
}

fn readable(text: &str) -> ItemKind {
    ItemKind::Readable {
        text: text.to_string(),
    }
}

fn items() -> Vec<Item> {
    vec![
        item(
            "sign",
            &["signpost"],
            "A wooden sign on a post.",
            500,
            readable("WELCOME TRAVELLER. LIGHT THE BEACON AND SAIL HOME."),
            Location::Room(MEADOW),
        ),
        item(
            "brass lamp",
            &["lamp", "lantern"],
            "A brass oil lamp with a glass chimney.",
            4,
            ItemKind::Light {
                lit: false,
                fuel: 160,
            },
            Location::Room(COTTAGE),
        ),
        item(
            "leather bag",
            &["bag", "sack"],
            "A sturdy leather bag with a drawstring.",
            2,
            ItemKind::Container {
                capacity: 12,
                open: true,
            },
            Location::Room(COTTAGE),
        ),
        item(
            "oak chest",
            &["chest", "box"],
            "A heavy oak chest bound with iron.",
            500,
            ItemKind::Container {
                capacity: 30,
                open: false,
            },
            Location::Room(ATTIC),
        ),
        item(
            "iron key",
            &["key"],
            "A black iron key, cold to the touch.",
            1,
            ItemKind::Key(TRAPDOOR),
            Location::Inside(CHEST),
        ),
        item(
            "old book",
            &["book", "diary"],
            "A diary with a cracked spine.",
            2,
            readable("Day 40. The troll is fond of fish. The ferryman is fond of coin."),
            Location::Room(ATTIC),
        ),
        item(
            "smoked fish",
            &["fish"],
            "A smoked river trout. Pungent.",
            2,
            ItemKind::Food { nutrition: 5 },
            Location::Room(CELLAR),
        ),
        item(
            "oil flask",
            &["oil", "flask"],
            "A flask of lamp oil.",
            3,
            ItemKind::Plain,
            Location::Room(CELLAR),
        ),
        item(
            "gold coin",
            &["coin", "gold"],
            "A heavy gold coin stamped with a ship.",
            1,
            ItemKind::Treasure { points: 5 },
            Location::Room(WELL_BOTTOM),
        ),
        item(
            "short sword",
            &["sword", "blade"],
            "A short sword, notched but sharp.",
            5,
            ItemKind::Weapon { damage: 5 },
            Location::Room(TREEHOUSE),
        ),
        item(
            "red apple",
            &["apple"],
            "A crisp red apple.",
            1,
            ItemKind::Food { nutrition: 2 },
            Location::Room(TREEHOUSE),
        ),
        item(
            "torn note",
            &["note", "paper"],
            "A scrap of paper pinned to the rock.",
            0,
            readable("Beware the bridge. Bring a light and a gift."),
            Location::Room(CAVE_MOUTH),
        ),
        item(
            "silver key",
            &["key"],
            "A small silver key shaped like a wave.",
            1,
            ItemKind::Key(LIGHTHOUSE_DOOR),
            Location::Room(GROTTO),
        ),
        item(
            "blue gem",
            &["gem", "crystal"],
            "A gem the colour of deep water.",
            1,
            ItemKind::Treasure { points: 20 },
            Location::Room(GROTTO),
        ),
        item(
            "golden crown",
            &["crown"],
            "A crown of beaten gold, far too big for a troll.",
            4,
            ItemKind::Treasure { points: 50 },
            Location::Room(TREASURY),
        ),
        item(
            "beacon",
            &["lantern", "fire"],
            "The great beacon: a brazier behind a ring of lenses.",
            900,
            ItemKind::Fixed,
            Location::Room(LAMP_ROOM),
        ),
        item(
            "boulder",
            &["rock", "stone"],
            "A boulder the size of a cart.",
            900,
            ItemKind::Fixed,
            Location::Room(RIVER_BANK),
        ),
        item(
            "loaf of bread",
            &["bread", "loaf"],
            "A round loaf, only slightly stale.",
            2,
            ItemKind::Food { nutrition: 4 },
            Location::Room(GARDEN),
        ),
        item(
            "brass key",
            &["key"],
            "A brass key with a ribbon tied to it.",
            1,
            ItemKind::Key(COTTAGE_DOOR),
            Location::Room(GARDEN),
        ),
        item(
            "clay jar",
            &["jar", "pot"],
            "An empty clay jar.",
            3,
            ItemKind::Container {
                capacity: 3,
                open: true,
            },
            Location::Room(CELLAR),
        ),
        item(
            "coil of rope",
            &["rope", "coil"],
            "Thirty feet of hemp rope.",
            6,
            ItemKind::Plain,
            Location::Room(FOREST_PATH),
        ),
        item(
            "fox statue",
            &["statue", "fox"],
            "A fox carved from grey stone, green with moss.",
            800,
            ItemKind::Fixed,
            Location::Room(CLEARING),
        ),
    ]
}

fn npc(
    name: &str,
    room: RoomId,
    mood: Mood,
    health: i32,
    strength: i32,
    wants: Option<(ItemId, Flag)>,
    lines: &[&str],
) -> Npc {
    let mut l = Vec::new();
    for s in lines.iter() {
        l.push(s.to_string());
    }
    Npc {
        name: name.to_string(),
        room,
        mood,
        health,
        strength,
        wants,
        lines: l,
        said: 0,
    }
}

pub const FERRYMAN: usize = 0;
pub const TROLL: usize = 1;
pub const OWL: usize = 2;
pub const CAT: usize = 3;

fn npcs() -> Vec<Npc> {
    vec![
        npc(
            "ferryman",
            FERRY,
            Mood::Friendly,
            20,
            3,
            Some((COIN, Flag::FerryPaid)),
            &[
                "\"A coin for the crossing,\" says the ferryman.",
                "The ferryman taps his empty palm.",
            ],
        ),
        npc(
            "troll",
            TROLL_BRIDGE,
            Mood::Hostile,
            14,
            4,
            Some((FISH, Flag::TrollGone)),
            &[
                "The troll growls: \"Hungry!\"",
                "The troll sniffs the air hopefully.",
            ],
        ),
        npc(
            "owl",
            OLD_OAK,
            Mood::Friendly,
            3,
            0,
            None,
            &[
                "\"Whoo keeps a key in a chest? Whoo indeed,\" hoots the owl.",
                "\"The crystals hide silver,\" the owl adds.",
                "The owl has gone to sleep.",
            ],
        ),
        npc(
            "cat",
            COTTAGE,
            Mood::Friendly,
            5,
            1,
            None,
            &["The cat purrs.", "The cat ignores you pointedly."],
        ),
    ]
}

/// Every named item and character with the name it must have: ties the constants to the tables.
const NAMED_ITEMS: [(ItemId, &str); 22] = [
    (SIGN, "sign"),
    (LAMP, "brass lamp"),
    (BAG, "leather bag"),
    (CHEST, "oak chest"),
    (IRON_KEY, "iron key"),
    (BOOK, "old book"),
    (FISH, "smoked fish"),
    (OIL, "oil flask"),
    (COIN, "gold coin"),
    (SWORD, "short sword"),
    (APPLE, "red apple"),
    (NOTE, "torn note"),
    (SILVER_KEY, "silver key"),
    (GEM, "blue gem"),
    (CROWN, "golden crown"),
    (BEACON, "beacon"),
    (BOULDER, "boulder"),
    (BREAD, "loaf of bread"),
    (BRASS_KEY, "brass key"),
    (JAR, "clay jar"),
    (ROPE, "coil of rope"),
    (STATUE, "fox statue"),
];

const NAMED_NPCS: [(usize, &str); 4] = [
    (FERRYMAN, "ferryman"),
    (TROLL, "troll"),
    (OWL, "owl"),
    (CAT, "cat"),
];

/// The names that do not match their constants (empty when the tables are in step).
pub fn misnamed(world: &World) -> Vec<String> {
    let mut out = Vec::new();
    for (id, name) in NAMED_ITEMS.iter() {
        if world.item(*id).name.as_str() != *name {
            out.push(format!(
                "item {} is {}, not {}",
                id.0,
                world.item(*id).name,
                name
            ));
        }
    }
    for (i, name) in NAMED_NPCS.iter() {
        if world.npcs[*i].name.as_str() != *name {
            out.push(format!(
                "character {} is {}, not {}",
                i, world.npcs[*i].name, name
            ));
        }
    }
    if world.items.len() != NAMED_ITEMS.len() {
        out.push(format!(
            "{} items, {} named",
            world.items.len(),
            NAMED_ITEMS.len()
        ));
    }
    out
}

pub fn build() -> World {
    let mut rooms = Vec::new();
    for (name, description, dark) in ROOMS.iter() {
        rooms.push(Room {
            name: name.to_string(),
            description: description.to_string(),
            exits: Vec::new(),
            dark: *dark,
            visited: false,
        });
    }
    for (from, dir, to, door, needs) in PASSAGES.iter() {
        rooms[from.0].exits.push(Exit {
            dir: *dir,
            to: *to,
            door: *door,
            needs: *needs,
        });
        rooms[to.0].exits.push(Exit {
            dir: dir.opposite(),
            to: *from,
            door: *door,
            needs: *needs,
        });
    }
    let doors = vec![
        Door {
            name: "cottage door".to_string(),
            open: false,
            locked: true,
        },
        Door {
            name: "trapdoor".to_string(),
            open: false,
            locked: true,
        },
        Door {
            name: "lighthouse door".to_string(),
            open: false,
            locked: true,
        },
    ];
    World {
        rooms,
        items: items(),
        doors,
        npcs: npcs(),
        flags: Vec::new(),
    }
}
