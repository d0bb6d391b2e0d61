fn describe(n: u8) -> &'static str {
    match n {
        0 => "zero" //~ ERROR expected `,` following `match` arm
        _ => "many",
    }
}

fn main() {
    let _ = describe(1);
}
