// Unknown types in signatures and annotations, some close to a known name.
struct Point {
    x: i32,
    y: i32,
}

enum Shape {
    Dot(Point),
    Line(Point, Point),
}

fn first(s: &Shap) -> Pointt { //~ ERROR cannot find type `Shap` in this scope
//~| ERROR cannot find type `Pointt` in this scope
    match s {
        Shape::Dot(p) => Point { x: p.x, y: p.y },
        Shape::Line(a, _) => Point { x: a.x, y: a.y },
    }
}

fn label(n: Strng) -> Vec<Labl> { //~ ERROR cannot find type `Strng` in this scope
//~| ERROR cannot find type `Labl` in this scope
    Vec::new()
}

fn main() {}
