fn fallible() -> Result<(), String> { Ok(()) }
fn main() {
    fallible();
    Some(1).map(|x| x + 1);
}
