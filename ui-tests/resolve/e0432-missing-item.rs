mod shapes {
    pub struct Circle;
}

use shapes::Square; //~ ERROR unresolved import `shapes::Square`

fn main() {
    let _c = shapes::Circle;
}
