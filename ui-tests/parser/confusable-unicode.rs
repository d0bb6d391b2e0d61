fn main() {
    let _x = 1 – 2; //~ ERROR unknown start of token: \u{2013}
}
