trait Speak { fn speak(&self) -> String; }
fn talk<T: Speak>(t: T) -> String { t.speak() }
struct Dog;
fn main() {
    talk(Dog);
    talk(5u8);
}
