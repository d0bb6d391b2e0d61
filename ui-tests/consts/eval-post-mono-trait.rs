// A const of a generic impl is evaluated for each instance codegen needs: `--emit metadata`
// passes, and the build fails for the one instance whose value overflows (checked whatever
// `-C overflow-checks` says).
//@ build-fail
//@ compile-flags: -C overflow-checks=off
// rustc's parallel front end sometimes adds a spurious "encountered while instantiating
// `fn std::rt::lang_start`" note to post-monomorphization errors.
//@ ignore-parallel-frontend post-monomorphization errors

use std::marker::PhantomData;

trait Shape {
    const SIDES: u32;
}

struct Square;
struct Many;

impl Shape for Square {
    const SIDES: u32 = 4;
}

impl Shape for Many {
    const SIDES: u32 = u32::MAX;
}

struct Doubled<T>(PhantomData<T>);

impl<T: Shape> Doubled<T> {
    const EDGES: u32 = T::SIDES * 2; //~ ERROR attempt to compute `u32::MAX * 2_u32`, which would overflow
}

fn edges<T: Shape>() -> u32 {
    Doubled::<T>::EDGES
}

fn describe<T: Shape>(name: &str) -> String {
    format!("{} has {} edges", name, edges::<T>())
}

fn main() {
    println!("{}", describe::<Square>("square"));
    println!("{}", describe::<Many>("many"));
}
