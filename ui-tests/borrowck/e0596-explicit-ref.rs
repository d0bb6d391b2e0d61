fn fill(buf: &mut Vec<u8>) {
    buf.push(0);
}

fn main() {
    let buffer = Vec::new();
    fill(&mut buffer); //~ ERROR cannot borrow `buffer` as mutable, as it is not declared as mutable
    println!("{:?}", buffer);
}
