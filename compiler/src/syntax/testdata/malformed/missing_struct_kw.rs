pub Foo { x: u8 }
