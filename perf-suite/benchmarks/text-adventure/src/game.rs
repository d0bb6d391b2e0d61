//! The game: the player's state, the phase of the story, and one function per action. `step`
//! parses a line, performs the command and, if it took time, runs the world's events.

use crate::data;
use crate::events;
use crate::nouns::{reachable, resolve, Scope, Target};
use crate::parser::{parse, Command, Phrase};
use crate::world::{Direction, Flag, ItemId, ItemKind, Location, Mood, RoomId, World, DIRECTIONS};

/// The most the player can carry, by weight.
pub const MAX_CARRY: u32 = 20;
pub const MAX_HEALTH: i32 = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Playing,
    Won,
    Dead,
    Quit,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Game {
    pub world: World,
    pub room: RoomId,
    pub health: i32,
    pub moves: u32,
    pub phase: Phase,
    pub deaths: u32,
    /// The state saved with SAVE, restored with RESTORE.
    saved: Option<Box<Game>>,
}

/// Why an action could not be done: told to the player, and no time passes.
type Refusal = String;

fn refuse<T>(message: &str) -> Result<T, Refusal> {
    Err(message.to_string())
}

impl Game {
    pub fn new() -> Game {
        let mut world = data::build();
        world.rooms[data::MEADOW.0].visited = true;
        Game {
            world,
            room: data::MEADOW,
            health: MAX_HEALTH,
            moves: 0,
            phase: Phase::Playing,
            deaths: 0,
            saved: None,
        }
    }

    /// Plays one line of input; returns what the game says.
    pub fn step(&mut self, input: &str) -> Vec<String> {
        let mut out = Vec::new();
        let cmd = match parse(input) {
            Ok(c) => c,
            Err(e) => {
                out.push(e.to_string());
                return out;
            }
        };
        match self.phase {
            Phase::Playing => {}
            Phase::Dead => {
                match cmd {
                    Command::Restore => self.restore(&mut out),
                    Command::Quit => self.phase = Phase::Quit,
                    _ => out.push("You are dead. RESTORE or QUIT?".to_string()),
                }
                return out;
            }
            Phase::Won | Phase::Quit => {
                match cmd {
                    Command::Score => out.push(self.score_line()),
                    _ => out.push("The game is over.".to_string()),
                }
                return out;
            }
        }
        match self.act(cmd, &mut out) {
            Ok(true) => {
                self.moves += 1;
                events::tick(self, &mut out);
                if self.phase == Phase::Won {
                    out.push(self.score_line());
                }
            }
            Ok(false) => {}
            Err(refusal) => out.push(refusal),
        }
        out
    }

    /// Performs a command; `Ok(true)` when it took a turn.
    fn act(&mut self, cmd: Command, out: &mut Vec<String>) -> Result<bool, Refusal> {
        match cmd {
            Command::Go(d) => self.go(d, out),
            Command::Look => {
                self.describe_room(out, true);
                Ok(false)
            }
            Command::Examine(p) => self.examine(&p, out),
            Command::Inventory => {
                self.inventory(out);
                Ok(false)
            }
            Command::Take(p) => self.take(&p, out),
            Command::TakeFrom(p, from) => self.take_from(&p, &from, out),
            Command::Drop(p) => self.drop_item(&p, out),
            Command::Put(p, into) => self.put(&p, &into, out),
            Command::Open(p) => self.open_or_close(&p, true, out),
            Command::Close(p) => self.open_or_close(&p, false, out),
            Command::Unlock(p, key) => self.lock_or_unlock(&p, &key, false, out),
            Command::Lock(p, key) => self.lock_or_unlock(&p, &key, true, out),
            Command::Read(p) => self.read(&p, out),
            Command::Eat(p) => self.eat(&p, out),
            Command::Light(p) => self.light(&p, true, out),
            Command::Extinguish(p) => self.light(&p, false, out),
            Command::Give(p, to) => self.give(&p, &to, out),
            Command::Attack(p, weapon) => self.attack(&p, weapon, out),
            Command::Talk(p) => self.talk(&p, out),
            Command::Wait => {
                out.push("Time passes.".to_string());
                Ok(true)
            }
            Command::Score => {
                out.push(self.score_line());
                Ok(false)
            }
            Command::Save => {
                let mut snapshot = self.clone();
                snapshot.saved = None;
                self.saved = Some(Box::new(snapshot));
                out.push("Saved.".to_string());
                Ok(false)
            }
            Command::Restore => {
                self.restore(out);
                Ok(false)
            }
            Command::Help => {
                out.push("Try: LOOK, GO NORTH, TAKE LAMP, OPEN DOOR, UNLOCK DOOR WITH KEY, PUT X IN Y, GIVE X TO Y, INVENTORY, SCORE.".to_string());
                Ok(false)
            }
            Command::Quit => {
                self.phase = Phase::Quit;
                out.push(self.score_line());
                Ok(false)
            }
        }
    }

    fn restore(&mut self, out: &mut Vec<String>) {
        let snapshot = match &self.saved {
            Some(s) => (**s).clone(),
            None => {
                out.push("There is no saved game.".to_string());
                return;
            }
        };
        let saved = self.saved.take();
        let deaths = self.deaths;
        *self = snapshot;
        // The save slot survives the restore, and deaths are remembered.
        self.saved = saved;
        self.deaths = deaths;
        out.push("Restored.".to_string());
        self.describe_room(out, false);
    }

    fn find(&self, p: &Phrase, scope: Scope) -> Result<Target, Refusal> {
        match resolve(&self.world, self.room, p, scope) {
            Ok(t) => Ok(t),
            Err(e) => Err(e.to_string()),
        }
    }

    fn find_item(&self, p: &Phrase, scope: Scope) -> Result<ItemId, Refusal> {
        match self.find(p, scope)? {
            Target::Item(id) => Ok(id),
            _ => Err(format!("That isn't something you can handle like that.")),
        }
    }

    pub fn score(&self) -> u32 {
        let mut s = 0;
        for r in self.world.rooms.iter() {
            if r.visited {
                s += 1;
            }
        }
        for (i, it) in self.world.items.iter().enumerate() {
            match it.kind {
                ItemKind::Treasure { points } => {
                    if self.world.is_carried(ItemId(i)) {
                        s += points;
                    }
                }
                _ => {}
            }
        }
        if self.world.has_flag(Flag::TrollGone) {
            s += 5;
        }
        if self.world.has_flag(Flag::FerryPaid) {
            s += 5;
        }
        if self.world.has_flag(Flag::BeaconLit) {
            s += 25;
        }
        s
    }

    pub fn score_line(&self) -> String {
        format!("Your score is {} in {} moves.", self.score(), self.moves)
    }

    // ------------------------------------------------------------------ looking

    pub fn describe_room(&self, out: &mut Vec<String>, full: bool) {
        let room = self.world.room(self.room);
        out.push(room.name.clone());
        if !self.world.can_see(self.room) {
            out.push("It is pitch dark. You might stumble into something.".to_string());
            return;
        }
        if full || !room.visited {
            out.push(room.description.clone());
        }
        let mut exits = Vec::new();
        for d in DIRECTIONS.iter() {
            if self.world.exit(self.room, *d).is_some() {
                exits.push(d.name().to_string());
            }
        }
        out.push(format!("Exits: {}.", join(&exits, ", ")));
        let items = self.world.items_at(Location::Room(self.room));
        if !items.is_empty() {
            let mut names = Vec::new();
            for id in items.iter() {
                names.push(with_article(&self.world.item(*id).name));
            }
            out.push(format!("You see {}.", join(&names, ", ")));
        }
        for n in self.world.npc_in(self.room).iter() {
            let npc = &self.world.npcs[n.0];
            let how = match npc.mood {
                Mood::Hostile => "glowering at you",
                _ => "here",
            };
            out.push(format!("The {} is {}.", npc.name, how));
        }
    }

    fn examine(&mut self, p: &Phrase, out: &mut Vec<String>) -> Result<bool, Refusal> {
        match self.find(p, Scope::Visible)? {
            Target::Item(id) => {
                let it = self.world.item(id);
                out.push(it.description.clone());
                match &it.kind {
                    ItemKind::Container { open, .. } => {
                        if *open {
                            let inside = self.world.items_at(Location::Inside(id));
                            if inside.is_empty() {
                                out.push(format!("The {} is empty.", it.name));
                            } else {
                                let mut names = Vec::new();
                                for i in inside.iter() {
                                    names.push(self.world.item(*i).name.clone());
                                }
                                out.push(format!("The {} holds: {}.", it.name, join(&names, ", ")));
                            }
                        } else {
                            out.push(format!("The {} is closed.", it.name));
                        }
                    }
                    ItemKind::Light { lit, fuel } => {
                        let state = if *lit { "lit" } else { "dark" };
                        out.push(format!("It is {}, with oil for {} turns.", state, fuel));
                    }
                    _ => {}
                }
            }
            Target::Door(d) => {
                let door = &self.world.doors[d.0];
                let state = if door.open {
                    "open"
                } else if door.locked {
                    "closed and locked"
                } else {
                    "closed"
                };
                out.push(format!("The {} is {}.", door.name, state));
            }
            Target::Npc(n) => {
                let npc = &self.world.npcs[n.0];
                out.push(format!(
                    "The {} looks back at you. (health {})",
                    npc.name, npc.health
                ));
            }
        }
        Ok(false)
    }

    fn inventory(&self, out: &mut Vec<String>) {
        let carried = self.world.items_at(Location::Player);
        if carried.is_empty() {
            out.push("You are empty-handed.".to_string());
            return;
        }
        out.push(format!(
            "You carry ({} of {}):",
            self.world.carried_weight(),
            MAX_CARRY
        ));
        for id in carried.iter() {
            let it = self.world.item(*id);
            let inside = self.world.items_at(Location::Inside(*id));
            if inside.is_empty() {
                out.push(format!("  {}", with_article(&it.name)));
            } else {
                let mut names = Vec::new();
                for i in inside.iter() {
                    names.push(self.world.item(*i).name.clone());
                }
                out.push(format!(
                    "  {} (holding {})",
                    with_article(&it.name),
                    join(&names, ", ")
                ));
            }
        }
    }

    // ------------------------------------------------------------------ moving

    fn go(&mut self, d: Direction, out: &mut Vec<String>) -> Result<bool, Refusal> {
        let exit = match self.world.exit(self.room, d) {
            Some(e) => e.clone(),
            None => return Err(format!("You can't go {} from here.", d)),
        };
        match exit.door {
            Some(door) => {
                let door = &self.world.doors[door.0];
                if !door.open {
                    return Err(format!("The {} is closed.", door.name));
                }
            }
            None => {}
        }
        match exit.needs {
            Some(Flag::FerryPaid) if !self.world.has_flag(Flag::FerryPaid) => {
                return refuse("The ferryman blocks the gangway: \"Coin first.\"");
            }
            Some(Flag::TrollGone) if !self.world.has_flag(Flag::TrollGone) => {
                return refuse("The troll plants itself in your way.");
            }
            _ => {}
        }
        self.room = exit.to;
        let first_visit = !self.world.rooms[exit.to.0].visited;
        self.describe_room(out, false);
        if first_visit && self.world.can_see(exit.to) {
            self.world.rooms[exit.to.0].visited = true;
        }
        Ok(true)
    }

    // ------------------------------------------------------------------ handling things

    fn can_carry(&self, id: ItemId) -> Result<(), Refusal> {
        let it = self.world.item(id);
        if !it.is_portable() {
            return Err(format!("The {} is far too heavy to move.", it.name));
        }
        if self.world.carried_weight() + self.world.weight_of(id) > MAX_CARRY {
            return refuse("You are carrying too much already.");
        }
        Ok(())
    }

    fn take(&mut self, p: &Phrase, out: &mut Vec<String>) -> Result<bool, Refusal> {
        if p.is_all() {
            return self.take_all(out);
        }
        let id = self.find_item(p, Scope::Visible)?;
        if self.world.item(id).location == Location::Player {
            return Err(format!(
                "You already have the {}.",
                self.world.item(id).name
            ));
        }
        // Taking something out of a carried container does not change the load.
        if !self.world.is_carried(id) {
            self.can_carry(id)?;
        }
        self.world.item_mut(id).location = Location::Player;
        out.push("Taken.".to_string());
        Ok(true)
    }

    fn take_all(&mut self, out: &mut Vec<String>) -> Result<bool, Refusal> {
        let mut took = 0;
        for id in reachable(&self.world, self.room, Scope::Around).iter() {
            let name = self.world.item(*id).name.clone();
            match self.can_carry(*id) {
                Ok(()) => {
                    self.world.item_mut(*id).location = Location::Player;
                    out.push(format!("{}: taken.", name));
                    took += 1;
                }
                Err(why) => out.push(format!("{}: {}", name, why)),
            }
        }
        if took == 0 && out.is_empty() {
            return refuse("There is nothing here to take.");
        }
        Ok(took > 0)
    }

    fn take_from(
        &mut self,
        p: &Phrase,
        from: &Phrase,
        out: &mut Vec<String>,
    ) -> Result<bool, Refusal> {
        let container = self.find_item(from, Scope::Visible)?;
        let id = self.find_item(p, Scope::Visible)?;
        if self.world.item(id).location != Location::Inside(container) {
            return Err(format!(
                "The {} isn't in the {}.",
                self.world.item(id).name,
                self.world.item(container).name
            ));
        }
        if !self.world.is_carried(container) {
            self.can_carry(id)?;
        }
        self.world.item_mut(id).location = Location::Player;
        out.push("Taken.".to_string());
        Ok(true)
    }

    fn drop_item(&mut self, p: &Phrase, out: &mut Vec<String>) -> Result<bool, Refusal> {
        if p.is_all() {
            let carried = self.world.items_at(Location::Player);
            if carried.is_empty() {
                return refuse("You have nothing to drop.");
            }
            for id in carried.iter() {
                self.world.item_mut(*id).location = Location::Room(self.room);
            }
            out.push(format!("You drop {} things.", carried.len()));
            return Ok(true);
        }
        let id = self.find_item(p, Scope::Carried)?;
        self.world.item_mut(id).location = Location::Room(self.room);
        out.push("Dropped.".to_string());
        Ok(true)
    }

    fn put(&mut self, p: &Phrase, into: &Phrase, out: &mut Vec<String>) -> Result<bool, Refusal> {
        let container = self.find_item(into, Scope::Visible)?;
        let id = self.find_item(p, Scope::Carried)?;
        if id == container {
            return refuse("You can't put something inside itself.");
        }
        let (capacity, open) = match self.world.item(container).kind {
            ItemKind::Container { capacity, open } => (capacity, open),
            _ => {
                return Err(format!(
                    "You can't put things in the {}.",
                    self.world.item(container).name
                ))
            }
        };
        if !open {
            return Err(format!(
                "The {} is closed.",
                self.world.item(container).name
            ));
        }
        let mut held = 0;
        for inner in self.world.items_at(Location::Inside(container)).iter() {
            held += self.world.weight_of(*inner);
        }
        if held + self.world.weight_of(id) > capacity {
            return Err(format!(
                "There's no room in the {}.",
                self.world.item(container).name
            ));
        }
        self.world.item_mut(id).location = Location::Inside(container);
        out.push("Done.".to_string());
        Ok(true)
    }

    fn open_or_close(
        &mut self,
        p: &Phrase,
        open: bool,
        out: &mut Vec<String>,
    ) -> Result<bool, Refusal> {
        let verb = if open { "open" } else { "closed" };
        match self.find(p, Scope::Visible)? {
            Target::Door(d) => {
                let door = &mut self.world.doors[d.0];
                if door.open == open {
                    return Err(format!("The {} is already {}.", door.name, verb));
                }
                if door.locked {
                    return Err(format!("The {} is locked.", door.name));
                }
                door.open = open;
                out.push(format!("The {} is now {}.", door.name, verb));
                Ok(true)
            }
            Target::Item(id) => {
                let name = self.world.item(id).name.clone();
                match &mut self.world.item_mut(id).kind {
                    ItemKind::Container { open: state, .. } => {
                        if *state == open {
                            return Err(format!("The {} is already {}.", name, verb));
                        }
                        *state = open;
                    }
                    _ => {
                        return Err(format!(
                            "You can't {} the {}.",
                            if open { "open" } else { "close" },
                            name
                        ))
                    }
                }
                out.push(format!(
                    "You {} the {}.",
                    if open { "open" } else { "close" },
                    name
                ));
                if open {
                    let inside = self.world.items_at(Location::Inside(id));
                    if !inside.is_empty() {
                        let mut names = Vec::new();
                        for i in inside.iter() {
                            names.push(with_article(&self.world.item(*i).name));
                        }
                        out.push(format!("Inside you find {}.", join(&names, ", ")));
                    }
                }
                Ok(true)
            }
            Target::Npc(_) => refuse("That would be rude."),
        }
    }

    fn lock_or_unlock(
        &mut self,
        p: &Phrase,
        key: &Phrase,
        lock: bool,
        out: &mut Vec<String>,
    ) -> Result<bool, Refusal> {
        let door_id = match self.find(p, Scope::Visible)? {
            Target::Door(d) => d,
            _ => return refuse("That has no lock."),
        };
        let key_id = self.find_item(key, Scope::Carried)?;
        let fits = match self.world.item(key_id).kind {
            ItemKind::Key(d) => d == door_id,
            _ => false,
        };
        let door = &mut self.world.doors[door_id.0];
        if !fits {
            return Err(format!("That doesn't fit the {}.", door.name));
        }
        if door.locked == lock {
            return Err(format!(
                "The {} is already {}.",
                door.name,
                if lock { "locked" } else { "unlocked" }
            ));
        }
        if lock && door.open {
            return Err(format!("Close the {} first.", door.name));
        }
        door.locked = lock;
        out.push(format!(
            "You {} the {}.",
            if lock { "lock" } else { "unlock" },
            door.name
        ));
        Ok(true)
    }

    fn read(&mut self, p: &Phrase, out: &mut Vec<String>) -> Result<bool, Refusal> {
        if !self.world.can_see(self.room) {
            return refuse("It is too dark to read.");
        }
        let id = self.find_item(p, Scope::Visible)?;
        match &self.world.item(id).kind {
            ItemKind::Readable { text } => {
                out.push(format!("It reads: \"{}\"", text));
                Ok(true)
            }
            _ => refuse("There is nothing written on it."),
        }
    }

    fn eat(&mut self, p: &Phrase, out: &mut Vec<String>) -> Result<bool, Refusal> {
        let id = self.find_item(p, Scope::Visible)?;
        let nutrition = match self.world.item(id).kind {
            ItemKind::Food { nutrition } => nutrition,
            _ => return refuse("That's not food."),
        };
        self.world.item_mut(id).location = Location::Nowhere;
        self.health = (self.health + nutrition as i32).min(MAX_HEALTH);
        out.push("Delicious.".to_string());
        Ok(true)
    }

    fn light(&mut self, p: &Phrase, on: bool, out: &mut Vec<String>) -> Result<bool, Refusal> {
        let id = self.find_item(p, Scope::Visible)?;
        if id == data::BEACON {
            return self.light_beacon(on, out);
        }
        let was_dark = !self.world.can_see(self.room);
        match &mut self.world.item_mut(id).kind {
            ItemKind::Light { lit, fuel } => {
                if *lit == on {
                    return refuse(if on {
                        "It is already lit."
                    } else {
                        "It isn't lit."
                    });
                }
                if on && *fuel == 0 {
                    return refuse("It has no oil left.");
                }
                *lit = on;
            }
            _ => return refuse("You can't light that."),
        }
        out.push(
            if on {
                "The lamp is now lit."
            } else {
                "The lamp is now dark."
            }
            .to_string(),
        );
        if on && was_dark {
            self.describe_room(out, true);
            self.world.rooms[self.room.0].visited = true;
        }
        Ok(true)
    }

    fn light_beacon(&mut self, on: bool, out: &mut Vec<String>) -> Result<bool, Refusal> {
        if !on {
            return refuse("The beacon isn't lit.");
        }
        if !self.world.is_carried(data::OIL) {
            return refuse("The beacon is dry. It needs oil.");
        }
        self.world.item_mut(data::OIL).location = Location::Nowhere;
        self.world.set_flag(Flag::BeaconLit);
        self.phase = Phase::Won;
        out.push(
            "You pour the oil into the brazier and light it. The beacon blazes across the sea;"
                .to_string(),
        );
        out.push(
            "far off, a ship turns towards the island. You are going home. *** You have won ***"
                .to_string(),
        );
        Ok(true)
    }

    fn give(&mut self, p: &Phrase, to: &Phrase, out: &mut Vec<String>) -> Result<bool, Refusal> {
        let id = self.find_item(p, Scope::Carried)?;
        let n = match self.find(to, Scope::Visible)? {
            Target::Npc(n) => n,
            _ => return refuse("You can only give things to someone."),
        };
        let wants = self.world.npcs[n.0].wants;
        match wants {
            Some((item, flag)) if item == id => {
                self.world.item_mut(id).location = Location::Nowhere;
                self.world.set_flag(flag);
                match flag {
                    Flag::TrollGone => {
                        self.world.npcs[n.0].mood = Mood::Gone;
                        out.push("The troll snatches the fish, sniffs it, and lumbers off into the dark, chewing.".to_string());
                    }
                    _ => {
                        let name = self.world.npcs[n.0].name.clone();
                        out.push(format!("The {} accepts it with a nod.", name));
                    }
                }
                Ok(true)
            }
            _ => Err(format!(
                "The {} doesn't want that.",
                self.world.npcs[n.0].name
            )),
        }
    }

    fn attack(
        &mut self,
        p: &Phrase,
        weapon: Option<Phrase>,
        out: &mut Vec<String>,
    ) -> Result<bool, Refusal> {
        let n = match self.find(p, Scope::Visible)? {
            Target::Npc(n) => n,
            _ => return refuse("Violence isn't the answer to that."),
        };
        let damage = match weapon {
            None => 1,
            Some(w) => {
                let id = self.find_item(&w, Scope::Carried)?;
                match self.world.item(id).kind {
                    ItemKind::Weapon { damage } => damage as i32,
                    _ => 1,
                }
            }
        };
        let npc = &mut self.world.npcs[n.0];
        if npc.mood != Mood::Hostile {
            return Err(format!(
                "The {} has done nothing to deserve that.",
                npc.name
            ));
        }
        npc.health -= damage;
        if npc.health <= 0 {
            npc.mood = Mood::Gone;
            out.push(format!("The {} howls and flees into the dark!", npc.name));
            if n.0 == data::TROLL {
                self.world.set_flag(Flag::TrollGone);
            }
        } else {
            out.push(format!("You hit the {}. (health {})", npc.name, npc.health));
        }
        Ok(true)
    }

    fn talk(&mut self, p: &Phrase, out: &mut Vec<String>) -> Result<bool, Refusal> {
        let n = match self.find(p, Scope::Visible)? {
            Target::Npc(n) => n,
            _ => return refuse("It doesn't answer."),
        };
        let npc = &mut self.world.npcs[n.0];
        let line = npc.lines[npc.said.min(npc.lines.len() - 1)].clone();
        npc.said += 1;
        out.push(line);
        if n.0 == data::OWL {
            self.world.set_flag(Flag::OwlSpoke);
        }
        Ok(true)
    }
}

/// "a lamp", "an oak chest".
pub fn with_article(name: &str) -> String {
    let mut vowel = false;
    for c in name.chars() {
        vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
        break;
    }
    format!("{} {}", if vowel { "an" } else { "a" }, name)
}

pub fn join(parts: &[String], sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    out
}
