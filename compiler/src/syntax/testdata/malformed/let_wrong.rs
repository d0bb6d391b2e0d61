fn main() {
    let x = (let y = 1);
}
