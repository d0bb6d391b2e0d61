fn main() {
    let x = 1;
    x = 2;
    let v = Vec::<i32>::new();
    v.push(1);
}
