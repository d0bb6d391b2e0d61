// Missing arguments of `Option` and `Result` methods: a parameter whose type is still unknown
// is left out of the label and named by its parameter in the suggestion.

fn main() {
    let maybe: Option<i32> = None;
    let outcome: Result<i32, String> = Ok(1);
    let _ = maybe.unwrap_or(); //~ ERROR E0061
    let _ = maybe.map(); //~ ERROR E0061
    let _ = maybe.ok_or(); //~ ERROR E0061
    let _ = maybe.map_or(); //~ ERROR E0061
    let _ = outcome.map_err(); //~ ERROR E0061
    let _ = outcome.unwrap_or_else(); //~ ERROR E0061
    let _ = maybe.take(1); //~ ERROR E0061
}
