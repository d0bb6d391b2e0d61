// Operators through references, in closures and on method results: the candidates are the impls
// whose self type is the left operand's type with its references removed. (One body, so that
// rustc's parallel front end reports in source order.)

fn main() {
    let prices: Vec<i32> = vec![1, 2];
    let tax: f32 = 0.2;
    let _: Vec<i32> = prices.iter().map(|p| p * tax).collect(); //~ ERROR cannot multiply `&i32` by `f32`

    let a: &i8 = &1;
    let b: &f64 = &2.0;
    let _ = a - b; //~ ERROR cannot subtract `&f64` from `&i8`

    let xs: Vec<f32> = vec![1.0];
    let _ = xs.iter().sum::<f32>() / xs.len(); //~ ERROR cannot divide `f32` by `usize`

    let _ = &&3.5f64 + 1u64; //~ ERROR cannot add `u64` to `&&f64`
}
