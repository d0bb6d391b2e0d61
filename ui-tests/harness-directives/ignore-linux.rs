// Ignored on Linux hosts: there it never compiles (and would fail if it did).
//@ ignore-linux this fixture checks that ignore-* skips the test

fn main() {
    let x: u8 = "not on linux";
}
