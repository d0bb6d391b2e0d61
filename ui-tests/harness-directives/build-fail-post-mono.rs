// Passes `--emit metadata`; fails only when the generic function is instantiated during codegen.
//@ build-fail
// rustc's parallel front end sometimes adds a spurious "encountered while instantiating
// `fn std::rt::lang_start`" note to post-monomorphization errors (rustc's own suite skips them too).
//@ ignore-parallel-frontend post-monomorphization errors

struct Checked<T>(T);

impl<T> Checked<T> {
    const SIZE: usize = panic!("no instance may be built"); //~ ERROR evaluation panicked: no instance may be built
}

fn build<T>() -> usize {
    Checked::<T>::SIZE
}

fn main() {
    build::<u8>();
}
