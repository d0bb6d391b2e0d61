// Passes `--emit metadata`; fails only when the generic function is instantiated during codegen.
//@ build-fail

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
