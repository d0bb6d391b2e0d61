type Nested = Vec<Nested>; //~ ERROR cycle detected when expanding type alias `Nested`

fn main() {}
