fn main() {
    let _x = (let y = 1); //~ ERROR expected expression, found `let` statement
}
