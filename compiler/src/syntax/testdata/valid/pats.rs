#![allow(unused)]

enum E {
    A,
    B(i32, i32),
    C { x: i32, y: i32 },
}

struct S {
    a: u8,
    b: (u8, u8),
}

const LIMIT: i32 = 10;

fn patterns(e: E, s: S, v: &[i32], t: (i32, i32, i32), r: &mut i32) {
    match e {
        E::A => {}
        E::B(0, _) => {}
        E::B(x, ..) => {}
        E::C { x: 0, .. } => {}
        E::C { x, y: ref yy } => {}
    }
    let S { a, b: (c, d) } = s;
    match v {
        [] => {}
        [one] => {}
        [first, .., last] => {}
        [first, rest @ ..] => {}
    }
    match t {
        (0, ..) => {}
        (.., 0) => {}
        (a, b, c) => {}
    }
    match *r {
        0 => {}
        1..=9 => {}
        10..20 => {}
        20.. => {}
        -5..=-1 => {}
        LIMIT => {}
        i32::MIN..=-6 => {}
        n @ (100 | 200) => {}
        ref mut m => {}
    }
    match &5 {
        &0 => {}
        &n => {}
    }
    match Some(&mut 5) {
        Some(&mut x) => {}
        None => {}
    }
    let mut m = 1;
    let ref rr = m;
    let ref mut rm = m;
    let (mut p, q) = (1, 2);
    let ((x1, y1), z1) = ((1, 2), 3);
    let [a1, b1, c1] = [1, 2, 3];
    match 'c' {
        'a'..='z' | 'A'..='Z' => {}
        _ => {}
    }
    match "s" {
        "hello" => {}
        _ => {}
    }
    match 1.0f64 {
        x if x < 0.0 => {}
        _ => {}
    }
    if let E::B(a, b) | E::B(b, a) = E::A {}
    match (1, 2) {
        | (1, _) | (_, 1) => {}
        _ => {}
    }
    let x @ 1..=5 = 3 else { return };
    match b"bytes" {
        b"bytes" => {}
        _ => {}
    }
    let closure = |S { a, .. }: S| a;
    let Wrap(inner) = Wrap(1);
    let <i32 as Tr>::C = 0 else { return };
}

struct Wrap(i32);

trait Tr {
    const C: i32;
}

impl Tr for i32 {
    const C: i32 = 0;
}

fn params((a, b): (i32, i32), S { a: x, .. }: S, [p, q]: [u8; 2], _: i32, mut m: u8) {}

fn field_attrs(s: S) {
    let S {
        #[allow(unused)]
        a,
        #[allow(unused)]
        b: _,
    } = s;
}
