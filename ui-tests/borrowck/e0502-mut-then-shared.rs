fn main() {
    let mut text = String::from("abc");
    let r = &mut text;
    println!("{}", text.len()); //~ ERROR cannot borrow `text` as immutable because it is also borrowed as mutable
    r.push('d');
}
