fn f() { let z: u32 = "b"; }
mod m { 5 }
