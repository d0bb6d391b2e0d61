mod weather {
    pub enum Sky {
        Clear,
        Cloudy,
        Rain,
        Snow,
        Fog,
        Storm,
    }
}

use weather::Sky;

fn icon(s: &Sky) -> char {
    match s { //~ ERROR non-exhaustive patterns: `&Sky::Rain`, `&Sky::Snow`, `&Sky::Fog` and 1 more not covered
        Sky::Clear => 'c',
        Sky::Cloudy => 'o',
    }
}

fn main() {
    let _ = icon(&Sky::Clear);
    let _ = [Sky::Rain, Sky::Snow, Sky::Fog, Sky::Storm];
}
