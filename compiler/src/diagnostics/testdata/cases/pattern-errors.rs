struct P { x: i32, y: i32 }
enum E { V(i32, i32) }
fn main() {
    let P { x, z } = P { x: 1, y: 2 };
    let E::V(a) = E::V(1, 2);
    let P { x: _ } = P { x: 1, y: 2 };
}
