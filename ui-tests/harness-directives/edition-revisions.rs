// `dyn` is a plain identifier in 2015 and a keyword from 2018 on.
//@ revisions: e2015 e2021
//@[e2015] edition: 2015
//@[e2021] edition: 2021
//@[e2015] check-pass

fn main() {
    let dyn = 1; //[e2021]~ ERROR expected identifier, found keyword `dyn`
    println!("{}", dyn); //[e2021]~ ERROR expected expression, found keyword `dyn`
}
