// A local dropped at the end of its block while a longer-lived local still holds a borrow of it
// and is used afterwards (E0597): a reference assigned in an inner block, one kept across loop
// iterations, one passed on through another reference, and one from a method (`as_str`).
// Valid shapes: the borrowed value outlives the holder, or the holder is not used after.
fn main() {
    let r;
    {
        let x = 5;
        r = &x; //~ ERROR `x` does not live long enough
    }
    println!("{}", r);

    let mut longest: &str = "";
    for i in 0..2 {
        let s = format!("{}", i);
        longest = &s; //~ ERROR `s` does not live long enough
    }
    println!("{}", longest);

    let v: &Vec<i32>;
    {
        let w = vec![1];
        let inner = &w; //~ ERROR `w` does not live long enough
        v = inner;
    }
    println!("{:?}", v);

    let name: &str;
    {
        let owned = String::from("owned");
        name = owned.as_str(); //~ ERROR `owned` does not live long enough
    }
    println!("{}", name);

    // Valid.
    let outer = vec![1, 2];
    let first;
    {
        first = &outer[0];
    }
    println!("{}", first);
    let unused_after;
    {
        let y = 7;
        unused_after = &y;
        println!("{}", unused_after);
    }
}
