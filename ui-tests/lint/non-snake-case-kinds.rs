//@ check-pass

fn computeTotal(itemCount: u32) -> u32 { //~ WARN function `computeTotal` should have a snake case name
    //~^ WARN variable `itemCount` should have a snake case name
    itemCount * 2
}

mod InnerModule { //~ WARN module `InnerModule` should have a snake case name
    pub fn f() {}
}

struct S;

impl S {
    fn DoThing(&self) {} //~ WARN method `DoThing` should have a snake case name
}

fn main() {
    let MyValue = computeTotal(2); //~ WARN variable `MyValue` should have a snake case name
    S.DoThing();
    InnerModule::f();
    println!("{}", MyValue);
}
