// A local type that does not implement a trait: rustc suggests `#[derive]` only when every field
// has the trait; otherwise it points at the type's definition. A local trait with no impls gets
// a help of its own.

use std::hash::Hash;

trait Speak {
    fn speak(&self) -> String;
}

#[derive(PartialEq)]
struct Id(u32);

#[derive(PartialEq)]
struct Reading(f64);

struct Samples(Vec<f64>);

struct Grade(f32);

fn needs_eq<T: Eq>(_: T) {}
fn needs_ord<T: Ord>(_: T) {}
fn needs_hash<T: Hash>(_: T) {}
fn needs_speak<T: Speak>(_: T) {}

fn main() {
    needs_eq(Id(1)); //~ ERROR E0277
    needs_eq(Reading(1.0)); //~ ERROR E0277
    needs_ord(Grade(2.0)); //~ ERROR E0277
    needs_hash(Samples(vec![])); //~ ERROR E0277
    needs_hash(Id(2)); //~ ERROR E0277
    needs_speak(Id(3)); //~ ERROR E0277
    needs_speak(7u8); //~ ERROR E0277
}
