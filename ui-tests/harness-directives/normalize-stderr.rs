// Custom rules run after the built-in ones, so they see `$DIR` and `LL`, not real paths.
//@ normalize-stderr: "i32" -> "INTEGER"
//@ normalize-stderr: "\d+ previous errors?" -> "N previous errors"

fn main() {
    let n: i32 = "text"; //~ ERROR mismatched types
}
