fn main() {
    let total: i32 = vec![1, 2, 3]
        .iter()
        .map(|x| x * 2)
        .sum::<i64>();
}
