// A method whose impl, or whose own where-clause on `Self`, needs a bound the receiver lacks is
// not picked: E0599 lists the bound. Bounds on anything else fail after the pick (E0277).

struct Token;

fn main() {
    let mut tokens: Vec<Token> = Vec::new();
    tokens.extend_from_slice(&[Token]); //~ ERROR E0599
    tokens.dedup(); //~ ERROR E0599
    let _joined = vec![Token].join(&Token); //~ ERROR E0599
    let _flat = [Token, Token].concat(); //~ ERROR E0599

    let text = "a-b";
    let _pieces: Vec<&str> = text.split(Token).collect();
    //~^ ERROR E0277
    //~| ERROR E0599
}
