fn main() {
    let _m: HashMap<i32, i32> = HashMap::new();
}
