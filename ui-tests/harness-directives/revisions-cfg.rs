// Each revision is compiled with `--cfg <revision>`.
//@ revisions: good bad
//@[good] check-pass

#[cfg(good)]
fn value() -> u32 {
    7
}

#[cfg(bad)]
fn value() -> u32 {
    "seven" //[bad]~ ERROR mismatched types
}

fn main() {
    println!("{}", value());
}
