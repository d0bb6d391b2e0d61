// env! and option_env! read the compiler's environment while macros expand: a missing variable
// is an error at the call, with help that depends on the name; bad arguments are errors too.
//@ rustc-env: WEFT_ENV_PRESENT=here
//@ unset-rustc-env: WEFT_ENV_ABSENT

fn main() {
    let present: &'static str = env!("WEFT_ENV_PRESENT");
    let maybe: Option<&'static str> = option_env!("WEFT_ENV_ABSENT");
    let a = env!("WEFT_ENV_ABSENT"); //~ ERROR environment variable `WEFT_ENV_ABSENT` not defined at compile time
    let b = env!(r"WEFT_ENV_ABSENT", "set WEFT_ENV_ABSENT before building"); //~ ERROR set WEFT_ENV_ABSENT before building
    let c = env!("CARGO_PACKAGE_NAME"); //~ ERROR environment variable `CARGO_PACKAGE_NAME` not defined at compile time
    let d = env!("OUT_DIR"); //~ ERROR environment variable `OUT_DIR` not defined at compile time
    let e = env!(); //~ ERROR `env!()` takes 1 or 2 arguments
    let f = env!(b"WEFT_ENV_PRESENT"); //~ ERROR expected string literal
    let g = env!("WEFT_ENV_PRESENT", 7); //~ ERROR expected string literal
    let h = env!("WEFT_ENV_PRESENT" "x"); //~ ERROR expected token: `,`
    let i = option_env!("WEFT_ENV_PRESENT", "x"); //~ ERROR option_env! takes 1 argument
    let j = option_env!(WEFT_ENV_PRESENT); //~ ERROR argument must be a string literal
    println!("{} {:?} {} {} {} {} {:?} {:?}", present, maybe, a, b, c, d, i, j);
    let _ = (e, f, g, h);
}
