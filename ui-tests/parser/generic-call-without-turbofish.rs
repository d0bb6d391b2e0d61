fn main() {
    let _n = "5".parse<i32>(); //~ ERROR comparison operators cannot be chained
}
