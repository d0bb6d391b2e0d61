// Errors inside macro_rules! expansions: rustc points into the macro's body and at the
// invocation, and says that the error originates in the macro; `$x` fragments keep the spans
// they have at the call site.

macro_rules! widen {
    ($x:expr) => {{
        let v: u8 = $x;
        let w: bool = v; //~ ERROR mismatched types
        w
    }};
}

macro_rules! unit_result {
    ($($stmt:stmt;)*) => {
        fn run() -> bool { //~ ERROR mismatched types
            $($stmt)*
        }
    };
}

unit_result!(let _a = 1; let _b = 2;);

macro_rules! make_fn {
    ($name:ident -> $ret:ty { $body:expr }) => {
        fn $name() -> $ret {
            $body
        }
    };
}

make_fn!(answer -> u32 { "forty-two" }); //~ ERROR mismatched types

fn main() {
    let _: bool = widen!(10);
    let _ = run();
    let _ = answer();
    let _ = undefined_name + 1; //~ ERROR cannot find value `undefined_name`
}
