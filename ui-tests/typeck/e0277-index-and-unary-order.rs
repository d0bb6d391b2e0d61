// Diagnostics of one body in rustc's order: an index whose `SliceIndex` obligation fails is
// reported when the `let` that holds it coerces its initializer (a selection point), before the
// unary-operator and assignment errors that follow; a `str` indexed by an integer gets std's
// string-specific label and note; casts come last, with `{float}` unresolved in a body with errors.
fn main() {
    let v = vec![1, 2, 3];
    let b = v["a"]; //~ ERROR the type `[{integer}]` cannot be indexed by `&str`
    let f = 3.5 as bool; //~ ERROR cannot cast `{float}` as `bool`
    let n = -"neg"; //~ ERROR cannot apply unary operator `-` to type `&'static str`
    5 = n; //~ ERROR invalid left-hand side of assignment
    let s = "abc";
    let c = s[0]; //~ ERROR the type `str` cannot be indexed by `{integer}`
    let t = (1, 2);
    let u = t.5; //~ ERROR no field `5` on type `({integer}, {integer})`
    let w = !3.0; //~ ERROR cannot apply unary operator `!` to type `{float}`
    let _ = (b, f, c, u, w);
}
