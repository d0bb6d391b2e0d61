enum Packet {
    Data(u32, Vec<u8>, bool),
    Ack,
}

fn is_data(p: &Packet) -> bool {
    match p {
        Packet::Data() => true, //~ ERROR this pattern has 0 fields, but the corresponding tuple variant has 3 fields
        Packet::Ack => false,
    }
}

fn main() {
    let _ = is_data(&Packet::Ack);
}
