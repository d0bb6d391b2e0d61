Struct Foo {}
