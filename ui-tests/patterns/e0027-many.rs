struct Record {
    id: u32,
    name: String,
    score: f32,
    active: bool,
}

fn id_of(r: Record) -> u32 {
    let Record { id } = r; //~ ERROR pattern does not mention fields `name`, `score`, `active`
    id
}

fn main() {
    let _ = id_of(Record { id: 1, name: String::new(), score: 0.5, active: true });
}
