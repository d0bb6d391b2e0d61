fn main() {
    let _path = "C:\Users\me"; //~ ERROR unknown character escape: `U`
//~^ ERROR unknown character escape: `m`
}
