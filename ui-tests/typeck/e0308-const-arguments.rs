// Types that differ only in a const argument: rustc's label names the two values (or the
// parameter), and the note shows both types, since a const argument makes a type "not simple".
struct Buf<const N: usize> {
    data: [u8; N],
}

impl<const N: usize> Buf<N> {
    fn new() -> Self {
        Buf { data: [0; N] }
    }
    fn len(&self) -> usize {
        N
    }
    fn label(&self) -> String {
        N + "bytes" //~ ERROR cannot add `&str` to `usize`
    }
}

fn take(b: &Buf<3>) -> usize {
    b.data.len()
}

fn widen<const N: usize>(b: Buf<N>) -> Buf<3> {
    b //~ ERROR mismatched types
}

fn pair() -> (u8, Buf<2>) {
    (1, Buf { data: [0; 5] }) //~ ERROR mismatched types
}

fn main() {
    let a: Buf<3> = Buf::<4>::new(); //~ ERROR mismatched types
    let b: Buf<2> = Buf::new();
    let n: u32 = b.len(); //~ ERROR mismatched types
    take(&b); //~ ERROR mismatched types
    let v: Vec<Buf<1>> = vec![Buf { data: [7, 8] }]; //~ ERROR mismatched types
    let arr: [Buf<2>; 1] = [Buf { data: [1, 2, 3] }]; //~ ERROR mismatched types
    let o: Option<&Buf<4>> = Some(&b); //~ ERROR mismatched types
    println!("{} {} {} {}", a.len(), n, v.len(), arr.len() + o.is_some() as usize);
}
