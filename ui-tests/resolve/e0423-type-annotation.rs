// `let x = Type;` where `let x: Type;` was meant, and other types used as values.
mod util {}
trait Titled {}
type Id = u64;

fn main() {
    let a = u32; //~ ERROR expected value, found builtin type `u32`
    let b = util; //~ ERROR expected value, found module `util`
    let c = Titled; //~ ERROR expected value, found trait `Titled`
    let d = Id; //~ ERROR expected value, found type alias `Id`
    let e = 1 + util; //~ ERROR expected value, found module `util`
    let f = String; //~ ERROR expected value, found struct `String`
}
