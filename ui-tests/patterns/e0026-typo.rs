struct Point3 {
    x: f64,
    y: f64,
    z: f64,
}

fn norm(p: &Point3) -> f64 {
    let Point3 { x, y, zz } = p; //~ ERROR struct `Point3` does not have a field named `zz`
    x * x + y * y
}

fn main() {
    let _ = norm(&Point3 { x: 1.0, y: 2.0, z: 3.0 });
}
