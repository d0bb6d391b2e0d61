fn main() {
    let n = 3;
    let _x = match n {
        1 => "one",
        2 => {
            let s = 2;
            s
        }
        _ => "many",
    };
}
