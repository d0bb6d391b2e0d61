fn main() {
    let _value: u32 = some_function_with_a_very_long_name(first_argument_value, second_argument_value, third_argument_value, "a string here");
}
fn some_function_with_a_very_long_name(a: u32, b: u32, c: u32, d: u32) -> u32 { a + b + c + d }
const first_argument_value: u32 = 1;
const second_argument_value: u32 = 2;
const third_argument_value: u32 = 3;
