//@ run-pass
//@ check-run-results
// macro_rules! with repetitions, nested repetitions, separators, recursion and the
// fragment kinds ordinary programs use, in expression, statement, item, pattern and type position.

macro_rules! square {
    ($e:expr) => {
        $e * $e
    };
}

macro_rules! sum {
    () => { 0 };
    ($head:expr $(, $tail:expr)* $(,)?) => {
        $head + sum!($($tail),*)
    };
}

macro_rules! maximum {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = maximum!($($rest),+);
        if a > b { a } else { b }
    }};
}

macro_rules! table {
    ($($name:ident => [$($v:literal)*]);* $(;)?) => {
        vec![$((stringify!($name), vec![$($v),*])),*]
    };
}

macro_rules! make_point {
    ($name:ident { $($field:ident : $ty:ty),* }) => {
        #[derive(Debug, Clone, Copy, PartialEq)]
        struct $name {
            $($field: $ty),*
        }
        impl $name {
            fn sum(&self) -> f64 {
                0.0 $(+ self.$field as f64)*
            }
        }
    };
}

make_point!(P2 { x: i32, y: i32 });
make_point!(P3 { x: f32, y: f32, z: f32 });

macro_rules! swap_let {
    ($a:ident, $b:ident) => {
        let tmp = $a;
        $a = $b;
        $b = tmp;
    };
}

macro_rules! pair_ty {
    ($t:ty) => { ($t, $t) };
}

macro_rules! zero_pat {
    () => { 0 | 1 };
}

macro_rules! count {
    () => { 0usize };
    ($first:tt $($rest:tt)*) => { 1usize + count!($($rest)*) };
}

macro_rules! apply {
    ($f:path, $($arg:expr),*) => { $f($($arg),*) };
}

macro_rules! describe {
    ($v:expr, $($p:pat => $s:literal),+) => {
        match $v {
            $($p => $s,)+
        }
    };
}

fn twice(x: i32) -> i32 {
    x * 2
}

fn main() {
    println!("square(1 + 2) = {}", square!(1 + 2));
    println!("sum = {}", sum!(1, 2, 3, 4,));
    println!("max = {}", maximum!(3, 9, 4, 7));
    for (name, values) in table! { small => [1 2 3]; big => [100 200]; none => [] } {
        println!("{}: {:?}", name, values);
    }
    let p = P2 { x: 3, y: 4 };
    let q = P3 { x: 0.5, y: 1.5, z: 2.0 };
    println!("{:?} {} {:?} {}", p, p.sum(), q, q.sum());
    let mut a = 1;
    let mut b = 2;
    swap_let!(a, b);
    println!("a = {}, b = {}", a, b);
    let t: pair_ty!(u8) = (7, 8);
    println!("{:?}", t);
    for n in 0..3 {
        match n {
            zero_pat!() => println!("{} is small", n),
            _ => println!("{} is big", n),
        }
    }
    println!("count = {}", count!(a b (c d) [e] f));
    println!("apply = {}", apply!(twice, 21));
    println!("{}", describe!(5, 0 => "zero", 1..=9 => "digit", _ => "many"));
}
