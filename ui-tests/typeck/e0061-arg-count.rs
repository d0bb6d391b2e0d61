// Calls with the wrong number of arguments.
fn add(a: i32, b: i32) -> i32 {
    a + b
}
fn none() {}
struct Wrapper(u8, u8);
struct Stack {
    items: Vec<i32>,
}
impl Stack {
    fn push(&mut self, v: i32) {
        self.items.push(v);
    }
    fn peek(&self) -> Option<&i32> {
        self.items.last()
    }
}

fn main() {
    let a = add(1); //~ ERROR this function takes 2 arguments but 1 argument was supplied
    let b = add(1, 2, 3); //~ ERROR this function takes 2 arguments but 3 arguments were supplied
    none(5); //~ ERROR this function takes 0 arguments but 1 argument was supplied
    let w = Wrapper(1); //~ ERROR this struct takes 2 arguments but 1 argument was supplied
    let mut s = Stack { items: Vec::new() };
    s.push(); //~ ERROR this method takes 1 argument but 0 arguments were supplied
    s.push(1, 2); //~ ERROR this method takes 1 argument but 2 arguments were supplied
    let p = s.peek(0); //~ ERROR this method takes 0 arguments but 1 argument was supplied
    let q = add(); //~ ERROR this function takes 2 arguments but 0 arguments were supplied
    println!("{} {} {} {:?}", a, b, q, p);
}
