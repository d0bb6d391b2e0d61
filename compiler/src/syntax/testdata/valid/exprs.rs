#![allow(unused)]

struct Point {
    x: i32,
    y: i32,
}

struct Wrapper(i32);

fn literals() {
    let a = 1;
    let b = 1_000u32;
    let c = 0xffi64;
    let d = 0o777;
    let e = 0b1010_1010u8;
    let f = 1.5;
    let g = 2.0e10f64;
    let h = 1e-3;
    let i = 3f32;
    let j = 'x';
    let k = '\n';
    let l = '\u{1F600}';
    let m = b'a';
    let n = b'\x7f';
    let o = "string with \"escapes\" \t and \\ and \u{00e9}";
    let p = r"raw string";
    let q = r#"raw with "quotes""#;
    let r = b"bytes\x00";
    let s = br"raw bytes";
    let t = c"c string";
    let u = true;
    let v = false;
    let w = "multi
line";
    let x = "continued \
             line";
    let y = 1usize;
    let z = 12.5_f32;
}

fn operators(a: i32, b: i32, c: bool, d: bool) -> i32 {
    let sum = a + b * 2 - (a / b) % 3;
    let bits = a & b | a ^ b << 2 >> 1;
    let logic = c && d || !c;
    let cmp = a < b && a <= b && a > b && a >= b && a == b && a != b;
    let neg = -a;
    let r = &a;
    let dr = *r;
    let raw = &raw const a;
    let cast = a as i64 as u8;
    let mut m = 0;
    m += 1;
    m -= 1;
    m *= 2;
    m /= 2;
    m %= 3;
    m &= 1;
    m |= 2;
    m ^= 3;
    m <<= 1;
    m >>= 1;
    m = a;
    sum
}

fn ranges() {
    let a = 0..10;
    let b = 0..=10;
    let c = ..10;
    let d = ..=10;
    let e = 5..;
    let f = ..;
    let v = [1, 2, 3];
    let s = &v[1..];
}

fn control(x: Option<i32>, flag: bool) -> i32 {
    if flag {
        1;
    } else if x.is_some() {
        2;
    } else {
        3;
    }
    let y = if let Some(v) = x { v } else { 0 };
    'outer: loop {
        'inner: while flag {
            if y > 3 {
                break 'outer;
            }
            continue 'inner;
        }
        break;
    }
    let value = loop {
        break 5;
    };
    for i in 0..10 {
        if i % 2 == 0 {
            continue;
        }
    }
    'lbl: for (i, c) in "abc".chars().enumerate() {
        break 'lbl;
    }
    while let Some(v) = x {
        break;
    }
    let labeled = 'block: {
        if flag {
            break 'block 1;
        }
        2
    };
    match x {
        Some(0) => 0,
        Some(n) if n > 10 => n,
        Some(1 | 2) => {
            3
        }
        Some(_) => return 4,
        None => unreachable!(),
    }
}

fn calls(p: Point, v: Vec<i32>) -> Option<i32> {
    let s = Point { x: 1, y: 2 };
    let s2 = Point { x: 3, ..s };
    let Point { x, y } = p;
    let s3 = Point { x, y };
    let w = Wrapper(5);
    let t = (1, "two", 3.0);
    let first = t.0;
    let single = (1,);
    let unit = ();
    let arr = [0u8; 16];
    let idx = v[0];
    let len = v.len();
    let parsed = "5".parse::<i32>().ok()?;
    let collected: Vec<_> = v.iter().map(|x| x * 2).collect();
    let turbo = Vec::<u8>::with_capacity(10);
    let nested = std::cmp::max(1, 2);
    let field = s.x;
    let w0 = w.0;
    let paren = (1 + 2) * 3;
    let qualified = <Vec<i32> as Default>::default();
    let method_on_lit = 5i32.pow(2);
    let chained = v.iter().filter(|&&x| x > 0).count();
    Some(parsed)
}

fn closures() {
    let add = |a: i32, b: i32| -> i32 { a + b };
    let id = |x: u8| x;
    let noargs = || 42;
    let mv = move || add(1, 2);
    let block = |x: u8| {
        let y = x + 1;
        y
    };
    let asy = async || 1;
    let nested = |f: &dyn Fn(i32) -> i32| f(1);
    let pat = |(a, b): (i32, i32)| a + b;
    let r = noargs();
}

async fn asyncs() -> u8 {
    let fut = async { 1 };
    let mv = async move { 2 };
    let v = fut.await;
    let w = mv.await + v;
    w
}

fn blocks() -> i32 {
    let a = unsafe { 1 };
    let b = { 2 };
    let c = const { 3 };
    unsafe {}
    {}
    a + b + c
}

fn macros() {
    println!("{} {}", 1, 2);
    let v = vec![1, 2, 3];
    let w = vec![0; 10];
    assert!(true, "message {}", 1);
    let s = format!("{x}", x = 5);
    panic!();
}

fn tuple_index_chain() {
    let t = ((1, 2), 3);
    let a = t.0.1;
    let b = t.0 .0;
}

fn statements() {
    let a;
    let b: i32;
    let c: i32 = 5;
    let (d, e) = (1, 2);
    let Some(f) = Some(1) else {
        return;
    };
    a = 1;
    b = 2;
    fn local() {}
    struct Local;
    ;
    if true {} else {}
    match 1 {
        _ => {}
    }
}

fn let_chains(x: Option<i32>, y: Option<i32>) {
    if let Some(a) = x && let Some(b) = y && a > b {}
    while let Some(a) = x && a > 0 {
        break;
    }
}

fn returns(x: i32) -> Result<i32, String> {
    if x < 0 {
        return Err(String::from("neg"));
    }
    let y: Result<i32, String> = Ok(1);
    let z = y?;
    Ok(x + z)
}
