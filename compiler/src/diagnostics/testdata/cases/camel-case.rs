struct my_point { x_val: i32 }
enum color_kind { red_one }
fn main() {
    let _ = my_point { x_val: 1 };
    let _ = color_kind::red_one;
}
