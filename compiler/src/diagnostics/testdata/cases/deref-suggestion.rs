fn takes_ref(_: &String) {}
fn takes_val(_: String) {}
fn main() {
    let s = String::new();
    takes_ref(s);
    let r = &String::new();
    takes_val(r);
}
