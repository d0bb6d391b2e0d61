// "required by a bound in `..`" names an inherent method by its impl's self type (with the
// impl's parameters as a turbofish) or, for slices and `str`, by the impl's module and
// `<impl [T]>`; core's modules print with `core::`, alloc's (re-exported by std) without.
// A bound on the impl's own parameter points at the method's name; one on the method's
// parameter, at the argument.

struct Plain {
    id: i32,
}

struct Wrapper<T> {
    inner: T,
}

impl<T> Wrapper<T> {
    fn show(&self)
    where
        T: std::fmt::Display,
    {
    }
}

mod shapes {
    pub struct Square;
    impl Square {
        pub fn scale<X: Copy>(&self, _by: X) {}
    }
}

fn main() {
    let mut plain = vec![Plain { id: 1 }, Plain { id: 2 }];
    let _ = plain.contains(&Plain { id: 1 }); //~ ERROR E0277
    let _ = plain.binary_search(&Plain { id: 1 }); //~ ERROR E0277
    plain.sort(); //~ ERROR E0277
    plain.sort_unstable(); //~ ERROR E0277
    plain.sort_by_key(|p| Plain { id: p.id }); //~ ERROR E0277
    let _ = plain.to_vec(); //~ ERROR E0277

    let mut floats = vec![2.5f64, 1.0];
    floats.sort(); //~ ERROR E0277

    let missing: Option<Plain> = None;
    let _ = missing.unwrap_or_default(); //~ ERROR E0277
    let failed: Result<i32, Plain> = Ok(1);
    let _ = failed.unwrap(); //~ ERROR E0277

    let w = Wrapper { inner: Plain { id: 3 } };
    w.show(); //~ ERROR E0277
    shapes::Square.scale(String::new()); //~ ERROR E0277
}
