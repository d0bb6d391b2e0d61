#[derive(Clone, Copy)]
enum Unit {
    Meters,
    Feet,
}

struct Length {
    value: f32,
    unit: Unit,
}

fn to_meters(l: Length) -> f32 {
    let Length { value, unit: Unit::Meters } = l; //~ ERROR refutable pattern in local binding
    value
}

fn main() {
    let _ = to_meters(Length { value: 1.0, unit: Unit::Feet });
}
