//! The command parser: lower-cases the input, drops articles, maps synonyms to canonical verbs
//! and splits the rest into a direct object and, after a preposition, an indirect one.

use crate::world::Direction;
use std::fmt;

/// A noun phrase as typed: its words, articles removed ("brass key").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub words: Vec<String>,
}

impl Phrase {
    pub fn is_all(&self) -> bool {
        self.words.len() == 1 && self.words[0].as_str() == "all"
    }
}

impl fmt::Display for Phrase {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, w) in self.words.iter().enumerate() {
            if i > 0 {
                write!(f, " ")?;
            }
            write!(f, "{}", w)?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Go(Direction),
    Look,
    Examine(Phrase),
    Inventory,
    Take(Phrase),
    TakeFrom(Phrase, Phrase),
    Drop(Phrase),
    Put(Phrase, Phrase),
    Open(Phrase),
    Close(Phrase),
    Unlock(Phrase, Phrase),
    Lock(Phrase, Phrase),
    Read(Phrase),
    Eat(Phrase),
    Light(Phrase),
    Extinguish(Phrase),
    Give(Phrase, Phrase),
    Attack(Phrase, Option<Phrase>),
    Talk(Phrase),
    Wait,
    Score,
    Save,
    Restore,
    Help,
    Quit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    UnknownVerb(String),
    MissingObject(String),
    MissingSecond(String, String),
    Unexpected(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "I beg your pardon?"),
            ParseError::UnknownVerb(v) => write!(f, "I don't know how to \"{}\".", v),
            ParseError::MissingObject(v) => write!(f, "What do you want to {}?", v),
            ParseError::MissingSecond(v, p) => write!(f, "What do you want to {} it {}?", v, p),
            ParseError::Unexpected(w) => write!(f, "I didn't expect \"{}\" there.", w),
        }
    }
}

const ARTICLES: [&str; 5] = ["the", "a", "an", "some", "my"];

/// Synonyms of the verbs, mapped to the canonical one.
const SYNONYMS: [(&str, &str); 24] = [
    ("get", "take"),
    ("grab", "take"),
    ("pick", "take"),
    ("x", "examine"),
    ("inspect", "examine"),
    ("check", "examine"),
    ("l", "look"),
    ("i", "inventory"),
    ("inv", "inventory"),
    ("kill", "attack"),
    ("hit", "attack"),
    ("fight", "attack"),
    ("speak", "talk"),
    ("ask", "talk"),
    ("z", "wait"),
    ("discard", "drop"),
    ("insert", "put"),
    ("place", "put"),
    ("offer", "give"),
    ("ignite", "light"),
    ("douse", "extinguish"),
    ("shut", "close"),
    ("consume", "eat"),
    ("walk", "go"),
];

const PREPOSITIONS: [&str; 7] = ["with", "in", "into", "to", "from", "on", "at"];

fn canonical(verb: &str) -> String {
    for (syn, to) in SYNONYMS.iter() {
        if *syn == verb {
            return to.to_string();
        }
    }
    verb.to_string()
}

/// ASCII upper case to lower case; other characters unchanged.
fn lower(c: char) -> char {
    let code = c as u32;
    if code >= 65 && code <= 90 {
        (code as u8 + 32) as char
    } else {
        c
    }
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    for w in list.iter() {
        if *w == word {
            return true;
        }
    }
    false
}

/// The words of `input`: lower case, split on spaces and punctuation, articles dropped.
pub fn words(input: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in input.chars() {
        if c.is_alphabetic() || c.is_ascii_digit() {
            current.push(lower(c));
        } else if !current.is_empty() {
            out.push(current.clone());
            current = String::new();
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    let mut kept = Vec::new();
    for w in out.iter() {
        if !is_one_of(w, &ARTICLES) {
            kept.push(w.clone());
        }
    }
    kept
}

/// Splits words at the first preposition: (object words, preposition, second object words).
fn split_objects(rest: &[String]) -> (Vec<String>, Option<String>, Vec<String>) {
    let mut first = Vec::new();
    let mut second = Vec::new();
    let mut prep: Option<String> = None;
    for w in rest.iter() {
        if prep.is_none() && is_one_of(w, &PREPOSITIONS) {
            prep = Some(w.clone());
        } else if prep.is_none() {
            first.push(w.clone());
        } else {
            second.push(w.clone());
        }
    }
    (first, prep, second)
}

fn phrase(words: Vec<String>) -> Phrase {
    Phrase { words }
}

pub fn parse(input: &str) -> Result<Command, ParseError> {
    let ws = words(input);
    if ws.is_empty() {
        return Err(ParseError::Empty);
    }
    // A bare direction is a move.
    if ws.len() == 1 {
        match Direction::parse(&ws[0]) {
            Some(d) => return Ok(Command::Go(d)),
            None => {}
        }
    }
    let verb = canonical(&ws[0]);
    let mut rest: Vec<String> = Vec::new();
    for w in ws.iter() {
        rest.push(w.clone());
    }
    rest.remove(0);
    // "pick up the key", "put down the lamp", "talk to the owl": particles belong to the verb.
    if !rest.is_empty()
        && (rest[0].as_str() == "up" || rest[0].as_str() == "down")
        && verb.as_str() != "go"
    {
        if verb.as_str() == "put" && rest[0].as_str() == "down" {
            rest.remove(0);
            return Ok(Command::Drop(object("drop", rest)?));
        }
        if verb.as_str() == "take" {
            rest.remove(0);
        }
    }
    if verb.as_str() == "talk"
        && !rest.is_empty()
        && (rest[0].as_str() == "to" || rest[0].as_str() == "with")
    {
        rest.remove(0);
    }
    match verb.as_str() {
        "go" => match rest.first() {
            Some(w) => match Direction::parse(w) {
                Some(d) => Ok(Command::Go(d)),
                None => Err(ParseError::Unexpected(w.clone())),
            },
            None => Err(ParseError::MissingObject("go".to_string())),
        },
        "look" => {
            if rest.is_empty() {
                Ok(Command::Look)
            } else {
                // "look at the sign" means examine it.
                let (first, _, second) = split_objects(&rest);
                let target = if first.is_empty() { second } else { first };
                Ok(Command::Examine(object("look at", target)?))
            }
        }
        "inventory" => no_object(rest, Command::Inventory),
        "wait" => no_object(rest, Command::Wait),
        "score" => no_object(rest, Command::Score),
        "save" => no_object(rest, Command::Save),
        "restore" => no_object(rest, Command::Restore),
        "help" => no_object(rest, Command::Help),
        "quit" => no_object(rest, Command::Quit),
        "examine" => Ok(Command::Examine(object("examine", rest)?)),
        "drop" => Ok(Command::Drop(object("drop", rest)?)),
        "open" => Ok(Command::Open(object("open", rest)?)),
        "close" => Ok(Command::Close(object("close", rest)?)),
        "read" => Ok(Command::Read(object("read", rest)?)),
        "eat" => Ok(Command::Eat(object("eat", rest)?)),
        "light" => Ok(Command::Light(object("light", rest)?)),
        "extinguish" => Ok(Command::Extinguish(object("extinguish", rest)?)),
        "talk" => Ok(Command::Talk(object("talk to", rest)?)),
        "take" => {
            let (first, prep, second) = split_objects(&rest);
            if first.is_empty() {
                return Err(ParseError::MissingObject("take".to_string()));
            }
            match prep {
                None => Ok(Command::Take(phrase(first))),
                Some(p) => {
                    if second.is_empty() {
                        return Err(ParseError::MissingSecond("take".to_string(), p));
                    }
                    Ok(Command::TakeFrom(phrase(first), phrase(second)))
                }
            }
        }
        "put" => {
            let (a, b) = objects("put", "in", rest)?;
            Ok(Command::Put(a, b))
        }
        "unlock" => {
            let (a, b) = objects("unlock", "with", rest)?;
            Ok(Command::Unlock(a, b))
        }
        "lock" => {
            let (a, b) = objects("lock", "with", rest)?;
            Ok(Command::Lock(a, b))
        }
        "give" => {
            let (a, b) = objects("give", "to", rest)?;
            Ok(Command::Give(a, b))
        }
        "attack" => {
            let (first, prep, second) = split_objects(&rest);
            if first.is_empty() {
                return Err(ParseError::MissingObject("attack".to_string()));
            }
            let weapon = if prep.is_some() && !second.is_empty() {
                Some(phrase(second))
            } else {
                None
            };
            Ok(Command::Attack(phrase(first), weapon))
        }
        _ => Err(ParseError::UnknownVerb(ws[0].clone())),
    }
}

fn no_object(rest: Vec<String>, cmd: Command) -> Result<Command, ParseError> {
    match rest.first() {
        Some(w) => Err(ParseError::Unexpected(w.clone())),
        None => Ok(cmd),
    }
}

fn object(verb: &str, rest: Vec<String>) -> Result<Phrase, ParseError> {
    if rest.is_empty() {
        return Err(ParseError::MissingObject(verb.to_string()));
    }
    Ok(phrase(rest))
}

fn objects(
    verb: &str,
    expected_prep: &str,
    rest: Vec<String>,
) -> Result<(Phrase, Phrase), ParseError> {
    let (first, prep, second) = split_objects(&rest);
    if first.is_empty() {
        return Err(ParseError::MissingObject(verb.to_string()));
    }
    match prep {
        None => Err(ParseError::MissingSecond(
            verb.to_string(),
            expected_prep.to_string(),
        )),
        Some(p) => {
            if second.is_empty() {
                return Err(ParseError::MissingSecond(verb.to_string(), p));
            }
            Ok((phrase(first), phrase(second)))
        }
    }
}
