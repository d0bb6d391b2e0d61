//@ parse-errors: 3 (the rest are later phases')
fn f() -> i32 {
    let a = 'l: 5;
    let b = 'm: if true { break 'm 1 } else { 2 };
    let c = 'x';
    let d = foo::<'a, 1>;
    'n: 7
}
