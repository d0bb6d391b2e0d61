fn main() {
    let x: (i32, i32) = (1, 2, 3);
    let [a, b] = [1, 2, 3];
}
