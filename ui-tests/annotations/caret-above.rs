fn main() {
    let count: usize = "many";
    //~^ ERROR mismatched types
    let ratio: f32 = 'r';
    //~^ ERROR mismatched types
}
