// A module path that goes through something that is not there.
mod outer {
    pub mod inner {
        pub fn f() -> i32 {
            1
        }
    }
}

fn main() {
    let a = outer::inner::f();
    let b = outer::missing::f(); //~ ERROR cannot find `missing` in `outer`
    let c = outer::inner::deeper::g(); //~ ERROR cannot find `deeper` in `inner`
    println!("{} {} {}", a, b, c);
}
