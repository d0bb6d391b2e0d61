fn main() {
    let x = if;
}
