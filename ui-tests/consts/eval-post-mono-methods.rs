// Consts of generic impls read by methods and by a trait's impl: each instance that codegen needs
// evaluates its own copy, so the same const fails once per type, each time with the notes of the
// instance that read it.
//@ build-fail
//@ ignore-parallel-frontend post-monomorphization errors

use std::marker::PhantomData;

struct Stack<T>(PhantomData<T>);

impl<T> Stack<T> {
    const CAP: usize = panic!("stack has no capacity");
    //~^ ERROR evaluation panicked: stack has no capacity
    //~| ERROR evaluation panicked: stack has no capacity

    fn capacity(&self) -> usize {
        Self::CAP
    }
}

trait Limits {
    const MAX: u32;
}

struct Wrapper<T>(PhantomData<T>);

impl<T> Limits for Wrapper<T> {
    const MAX: u32 = 7 / (std::mem::size_of::<T>() as u32 - 1); //~ ERROR attempt to divide `7_u32` by zero
}

fn limit<T>() -> u32 {
    <Wrapper<T> as Limits>::MAX
}

fn main() {
    let small: Stack<u8> = Stack(PhantomData);
    let signed: Stack<i8> = Stack(PhantomData);
    let a = small.capacity();
    let b = signed.capacity();
    let c = limit::<u8>();
    let d = limit::<u16>();
    let _ = (a, b, c, d);
}
