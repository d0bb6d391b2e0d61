struct S { a: i32 }
fn two(_: i32, _: i32) {}
fn main() {
    let _a: i32 = "x";
    two(1);
    let s = S { a: 1 };
    let _b = s.nope;
    let _c = s.missing();
    let _d = S { a: 1, b: 2 };
    let _e = S {};
    let _f = *5u8;
    let _g = 5u8[0];
    let _h = 5u8();
    let _i = -"x";
    let _j = S { a: 1 } + 1;
    let _k = 1u8 as S;
}
