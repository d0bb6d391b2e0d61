struct Pair { //~ ERROR recursive type `Pair` has infinite size
    halves: (u32, Pair),
}

struct Tree { //~ ERROR recursive type `Tree` has infinite size
    left: Option<Tree>,
    right: Option<Tree>,
}

fn main() {}
