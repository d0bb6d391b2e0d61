// A trait a generic parameter lacks (a format trait, a comparison): rustc suggests restricting
// the parameter where it is declared — the fn's or the impl's — with the trait's path, "further"
// after bounds it already has inline or in a where clause, and leaves out the list of other impls.
fn show<T>(x: T) -> String {
    format!("{}", x) //~ ERROR `T` doesn't implement `std::fmt::Display`
}

fn biggest<T>(a: T, b: T) -> T {
    if a > b { a } else { b } //~ ERROR binary operation `>` cannot be applied to type `T`
}

fn cloned<T: Clone>(x: T) -> String {
    format!("{}", x.clone()) //~ ERROR `T` doesn't implement `std::fmt::Display`
}

struct W<T> {
    v: T,
}

impl<T> W<T> {
    fn show(&self) -> String {
        format!("{}", self.v) //~ ERROR `T` doesn't implement `std::fmt::Display`
    }
    fn same(&self, o: &T) -> bool {
        self.v == *o //~ ERROR binary operation `==` cannot be applied to type `T`
    }
}

fn less<T>(a: T, b: T) -> bool
where
    T: Copy,
{
    a < b //~ ERROR binary operation `<` cannot be applied to type `T`
}

fn main() {
    println!("{} {} {} {} {}", show(1), biggest(1, 2), cloned(3), W { v: 1 }.show(), less(1, 2));
}
