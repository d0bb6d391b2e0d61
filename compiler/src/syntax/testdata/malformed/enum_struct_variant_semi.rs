enum E {
    A { x: u8; y: u8 },
}
