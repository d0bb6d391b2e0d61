fn main() {
    let x = ; //~ ERROR expected expression, found `;`
}
