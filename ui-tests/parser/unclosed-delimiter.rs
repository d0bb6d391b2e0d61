fn main() {
    let v = vec![1, 2, 3];
    if v.len() > 2 {
        println!("long");
} //~ ERROR this file contains an unclosed delimiter
